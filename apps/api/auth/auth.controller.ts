import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthenticatedUser } from './access-token';
import { EVERY_ROLE, Public, Roles } from './access.decorators';
import { SignedInUserDto, SignInRequestDto, SignInResponseDto } from './auth.dto';
import { AuthService, type SignInResult, type VerifiedUser } from './auth.service';
import { ApiRefreshCookie, clearRefreshCookie, REFRESH_COOKIE, refreshCookieOf, SET_REFRESH_COOKIE_HEADER, setRefreshCookie } from './refresh-cookie';
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
  @ApiOkResponse({ type: SignInResponseDto, headers: SET_REFRESH_COOKIE_HEADER, description: 'The access token in the body; the refresh token in an httpOnly cookie.' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, or CREDENTIALS_IN_QUERY: credentials only in the body, never the URL' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({
    description:
      'TOO_MANY_SIGN_IN_ATTEMPTS: too many attempts from this address or for this user name; PASSWORD_HASHING_BUSY: too many passwords being checked. Retry-After says when to try again.',
  })
  async login(@Req() request: Request, @Res({ passthrough: true }) response: Response, @Body() _body: SignInRequestDto): Promise<SignInResponseDto> {
    return answer(response, await this.auth.startSession(request.user as VerifiedUser, originOf(request)));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: `Swap the refresh cookie for a new access token and a new cookie; the old refresh token is spent`,
    description: `The refresh token comes only in the httpOnly cookie ${REFRESH_COOKIE} (no body): tabs of one browser share the session, and no script can read it. Presenting a spent token ends the session.`,
  })
  @ApiRefreshCookie()
  @ApiOkResponse({ type: SignInResponseDto, headers: SET_REFRESH_COOKIE_HEADER, description: 'A new access token in the body; the next refresh token in the cookie.' })
  @ApiUnauthorizedResponse({
    description: 'NO_REFRESH_COOKIE: the request carried no refresh cookie; INVALID_REFRESH_TOKEN: expired, reused or signed out (the cookie is cleared).',
  })
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SignInResponseDto> {
    try {
      return answer(response, await this.auth.refresh(refreshCookieOf(request)));
    } catch (error) {
      // A spent or ended session's cookie is of no further use: the browser drops it.
      clearRefreshCookie(response);
      throw error;
    }
  }

  @Post('logout')
  @Roles(...EVERY_ROLE)
  @HttpCode(204)
  @ApiOperation({ summary: "Sign out: this session's access and refresh tokens stop working, in every tab; the refresh cookie is cleared" })
  @ApiNoContentResponse({
    headers: { 'Set-Cookie': { description: `Clears ${REFRESH_COOKIE} (expired, same Path).`, schema: { type: 'string' } } },
  })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.signOut((request.user as AuthenticatedUser).sid);
    clearRefreshCookie(response);
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

/** The body: the access token and the user; the refresh token goes in the cookie only. */
function answer(response: Response, result: SignInResult): SignInResponseDto {
  setRefreshCookie(response, result.refreshToken, result.sessionExpiresAt);
  return { accessToken: result.accessToken, expiresIn: result.expiresIn, user: result.user };
}
