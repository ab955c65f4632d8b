import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES } from '@ledger/user';
import { TextField } from '../http/fields';

export class SignInRequestDto {
  @TextField({ max: 100, example: 'mmp-programme-office' })
  username: string;

  @TextField({ max: 200, example: 'the password printed at first start', format: 'password' })
  password: string;
}

export class RefreshRequestDto {
  @TextField({
    max: 300,
    description: 'The refresh token of the last sign-in or refresh; each one works once.',
  })
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
