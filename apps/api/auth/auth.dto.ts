import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES } from '@ledger/user';
import { TextField } from '../http/fields';

export class SignInRequestDto {
  @TextField({ max: 100, example: 'mmp-programme-office' })
  username: string;

  @TextField({ max: 200, example: 'the password printed at first start', format: 'password' })
  password: string;
}

export class SignedInUserDto {
  @ApiProperty({ example: 'person-tim-godwin' }) id: string;
  @ApiProperty({ example: 'person-tim-godwin' }) username: string;
  @ApiProperty({ example: 'AC Tim Godwin' }) name: string;
  @ApiProperty({ enum: USER_ROLES, example: 'lead' }) role: string;
  @ApiProperty({ nullable: true, type: String, example: 'person-tim-godwin', description: "A lead's leadId" })
  personId: string | null;
}

/** The refresh token is not here: it travels in the httpOnly cookie (Set-Cookie), out of scripts' reach. */
export class SignInResponseDto {
  @ApiProperty({ description: 'JWT (HS256) for `Authorization: Bearer …`; short-lived.' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires.', example: 900 }) expiresIn: number;
  @ApiProperty({ type: SignedInUserDto }) user: SignedInUserDto;
}
