import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AuthenticatedUser } from './access-token';
import { EVERY_ROLE, Public, Roles } from './access.decorators';
import { RefreshRequestDto, SignedInUserDto, SignInRequestDto, SignInResponseDto } from './auth.dto';
import { AuthService, type VerifiedUser } from './auth.service';
import { CredentialsInBodyGuard, SignInThrottlerGuard } from './sign-in-throttler.guard';
import { LocalAuthGuard, originOf } from './strategies';

@ApiTags('sign-in')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  // In this order: the URL is refused before anything is counted, the limits before any hashing.
  @UseGuards(CredentialsInBodyGuard, SignInThrottlerGuard, LocalAuthGuard)
  @ApiOperation({
    summary: "Sign in with a username and password in the JSON body (records UserSignedIn, or a known user's SignInFailed)",
  })
  @ApiOkResponse({ type: SignInResponseDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, or CREDENTIALS_IN_QUERY: credentials only in the body, never the URL' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({
    description:
      'TOO_MANY_SIGN_IN_ATTEMPTS: too many attempts from this address or for this user name; PASSWORD_HASHING_BUSY: too many passwords being checked. Retry-After says when to try again.',
  })
  login(@Req() request: Request, @Body() _body: SignInRequestDto) {
    return this.auth.startSession(request.user as VerifiedUser, originOf(request));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Swap a refresh token for new tokens; the old refresh token is spent' })
  @ApiOkResponse({ type: SignInResponseDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_REFRESH_TOKEN: expired, reused or signed out' })
  refresh(@Body() body: RefreshRequestDto) {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @Roles(...EVERY_ROLE)
  @HttpCode(204)
  @ApiOperation({ summary: "Sign out: this session's access and refresh tokens stop working" })
  @ApiNoContentResponse()
  async logout(@Req() request: Request): Promise<void> {
    await this.auth.signOut((request.user as AuthenticatedUser).sid);
  }

  @Get('me')
  @Roles(...EVERY_ROLE)
  @ApiOperation({ summary: 'Who is signed in' })
  @ApiOkResponse({ type: SignedInUserDto })
  me(@Req() request: Request): SignedInUserDto {
    const { id, username, name, role, personId } = request.user as AuthenticatedUser;
    return { id, username, name, role, personId };
  }
}
