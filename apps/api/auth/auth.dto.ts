import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { USER_ROLES } from '@ledger/user';

export class SignInRequestDto {
  @ApiProperty({ example: 'mmp-programme-office' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username: string;

  @ApiProperty({ example: 'the password printed at first start', format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class RefreshRequestDto {
  @ApiProperty({ description: 'The refresh token of the last sign-in or refresh; each one works once.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  refreshToken: string;
}

export class SignedInUserDto {
  @ApiProperty({ example: 'person-tim-godwin' }) id: string;
  @ApiProperty({ example: 'person-tim-godwin' }) username: string;
  @ApiProperty({ example: 'AC Tim Godwin' }) name: string;
  @ApiProperty({ enum: USER_ROLES, example: 'lead' }) role: string;
  @ApiProperty({ nullable: true, type: String, example: 'person-tim-godwin', description: "A lead's leadId" })
  personId: string | null;
}

export class SignInResponseDto {
  @ApiProperty({ description: 'JWT (HS256) for `Authorization: Bearer …`; short-lived.' }) accessToken: string;
  @ApiProperty({ description: 'Single use: swap it at POST /auth/refresh for a new pair.' }) refreshToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires.', example: 900 }) expiresIn: number;
  @ApiProperty({ type: SignedInUserDto }) user: SignedInUserDto;
}
