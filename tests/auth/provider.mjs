// A real OpenID provider (npm oidc-provider, OpenID Certified) for the sign-in tests: one
// public client with the device authorization grant and refresh tokens, one confidential
// client for the sandbox's token introspection, opaque access tokens, on 127.0.0.1.
//
//   node provider.mjs [--port N] [--access-token-ttl S] [--device-code-ttl S]
//                     [--interval S] [--slow-down N]
//
// Prints "LISTENING http://127.0.0.1:PORT" once it accepts connections, then one line
// "REQUEST METHOD PATH" for every request it receives, so a test can tell what reached it.
// oidc-provider itself never sends `interval` and never answers `slow_down`: --interval adds
// the one to the device authorization response, --slow-down answers the next N token polls
// with the other, as a busy provider would.
// POST /test/revoke-refresh-tokens ends every refresh token issued so far (and, as the
// provider does for a revoked refresh token, the access tokens of its grant): what an
// administrator ending the sessions on the identity provider does.

import http from 'node:http';
import Provider from 'oidc-provider';

const options = { port: 0, accessTokenTtl: 3600, deviceCodeTtl: 600, interval: 0, slowDown: 0 };
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i].replace(/^--/, '').replace(/-(.)/g, (_, c) => c.toUpperCase());
  if (!(name in options)) {
    console.error(`unknown option ${process.argv[i]}`);
    process.exit(2);
  }
  options[name] = Number(process.argv[i + 1]);
}

export const PublicClientId = 'token-admin';
export const SandboxClientId = 'token-admin-sandbox';
export const SandboxClientSecret = 'sandbox-introspection-secret';

const server = http.createServer();
server.listen(options.port, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: PublicClientId,
        token_endpoint_auth_method: 'none',
        grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
        response_types: [],
        redirect_uris: [],
      },
      {
        client_id: SandboxClientId,
        client_secret: SandboxClientSecret,
        grant_types: [],
        response_types: [],
        redirect_uris: [],
      },
    ],
    features: {
      devInteractions: { enabled: true },
      deviceFlow: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
    },
    scopes: ['openid', 'offline_access'],
    extraParams: ['audience'],
    ttl: {
      AccessToken: options.accessTokenTtl,
      DeviceCode: options.deviceCodeTtl,
      Grant: 3600,
      Interaction: 600,
      Session: 3600,
      RefreshToken: 3600,
      IdToken: 3600,
    },
    cookies: { keys: ['token-admin-test-cookie-key'] },
  });

  const refreshTokens = [];
  provider.on('refresh_token.saved', (token) => refreshTokens.push(token));

  let slowDownLeft = options.slowDown;
  provider.use(async (ctx, next) => {
    console.log(`REQUEST ${ctx.method} ${ctx.path}`);
    if (ctx.method === 'POST' && ctx.path === '/test/revoke-refresh-tokens') {
      let ended = 0;
      for (const token of refreshTokens.splice(0)) {
        const grant = await provider.Grant.find(token.grantId);
        if (grant) await grant.destroy();
        await token.destroy();
        ended += 1;
      }
      ctx.body = { ended };
      return;
    }
    if (ctx.method === 'POST' && ctx.path === '/token' && slowDownLeft > 0) {
      const body = await readForm(ctx);
      if (body.get('grant_type') === 'urn:ietf:params:oauth:grant-type:device_code') {
        slowDownLeft -= 1;
        ctx.status = 400;
        ctx.set('Cache-Control', 'no-store');
        ctx.body = { error: 'slow_down', error_description: 'polling too fast' };
        return;
      }
    }
    await next();
    if (ctx.path === '/device/auth' && ctx.status === 200 && options.interval > 0) {
      ctx.body = { ...ctx.body, interval: options.interval };
    }
  });

  server.on('request', provider.callback());
  console.log(`LISTENING ${issuer}`);
});

// Reads the form body without consuming it for the provider: the raw bytes are put back.
async function readForm(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const raw = Buffer.concat(chunks);
  const { Readable } = await import('node:stream');
  const replay = Readable.from([raw]);
  Object.assign(replay, { headers: ctx.req.headers, method: ctx.req.method, url: ctx.req.url });
  ctx.req = replay;
  return new URLSearchParams(raw.toString('utf8'));
}
