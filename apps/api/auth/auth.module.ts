import { Inject, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ACCESS_TOKEN_ALGORITHM } from './access-token';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AUTH_OPTIONS, resolveAuthOptions, type AuthOptions } from './auth.options';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SessionStore } from './session.store';
import { RateLimitStore } from '../http/rate-limit.store';
import { SignInFailureCounts } from './sign-in-failure-counts';
import { CredentialsInBodyGuard, SignInThrottlerGuard } from './sign-in-throttler.guard';
import { JwtStrategy, LocalAuthGuard, LocalStrategy } from './strategies';
import { UserDirectory } from './user-directory';

class SessionStoreLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(SessionStore) private readonly sessions: SessionStore) {}
  onModuleInit() {
    return this.sessions.migrate();
  }
  onApplicationShutdown() {
    return this.sessions.close();
  }
}

/**
 * Sign-in (passport strategies, tokens, sessions) and the global access guard. Global, so
 * that the users module can end a user's sessions and hash passwords.
 */
@Module({})
export class AuthModule {
  static forRoot(options: { databaseUrl: string; queryTimeoutMs?: number; auth: AuthOptions }): DynamicModule {
    const resolved = resolveAuthOptions(options.auth);
    return {
      module: AuthModule,
      global: true,
      imports: [
        PassportModule,
        JwtModule.register({
          secret: resolved.jwtSecret,
          signOptions: { algorithm: ACCESS_TOKEN_ALGORITHM },
          verifyOptions: { algorithms: [ACCESS_TOKEN_ALGORITHM] },
        }),
      ],
      controllers: [AuthController],
      providers: [
        { provide: AUTH_OPTIONS, useValue: resolved },
        { provide: SessionStore, useFactory: () => new SessionStore(options.databaseUrl, { queryTimeoutMs: options.queryTimeoutMs }) },
        SessionStoreLifecycle,
        { provide: PasswordHasher, useFactory: () => new PasswordHasher(resolved.passwordHashing) },
        { provide: RateLimitStore, useFactory: () => new RateLimitStore(options.databaseUrl, { queryTimeoutMs: options.queryTimeoutMs }) },
        SignInFailureCounts,
        AuthService,
        UserDirectory,
        LocalStrategy,
        JwtStrategy,
        LocalAuthGuard,
        SignInThrottlerGuard,
        CredentialsInBodyGuard,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [SessionStore, PasswordHasher, RateLimitStore, AUTH_OPTIONS, JwtModule],
    };
  }
}
