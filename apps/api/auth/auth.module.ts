import { Inject, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { ACCESS_TOKEN_ALGORITHM } from './access-token';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AUTH_OPTIONS, resolveAuthOptions, type AuthOptions } from './auth.options';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SessionStore } from './session.store';
import { SignInThrottlerGuard } from './sign-in-throttler.guard';
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
        // Named 'default' so that a 429 carries a plain Retry-After header.
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'default', ttl: resolved.signInLimit.windowSeconds * 1000, limit: resolved.signInLimit.limit },
          ],
        }),
      ],
      controllers: [AuthController],
      providers: [
        { provide: AUTH_OPTIONS, useValue: resolved },
        { provide: SessionStore, useFactory: () => new SessionStore(options.databaseUrl, { queryTimeoutMs: options.queryTimeoutMs }) },
        SessionStoreLifecycle,
        PasswordHasher,
        AuthService,
        UserDirectory,
        LocalStrategy,
        JwtStrategy,
        LocalAuthGuard,
        SignInThrottlerGuard,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [SessionStore, PasswordHasher, AUTH_OPTIONS, JwtModule],
    };
  }
}
