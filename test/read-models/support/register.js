// A tiny require hook so a child process can run the TypeScript sources as they
// are, with no build step and no ts-node: `node -r ./test/read-models/support/register.js x.ts`.
// - `.ts` files (outside node_modules) are transpiled with the `typescript` package
//   (already a devDependency) via transpileModule, using tsconfig.json's options;
//   the output is cached on disk by content hash, so restarts are fast.
// - `@ledger/*` imports resolve through tsconfig.json's `paths`.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const Module = require('node:module');

const root = path.resolve(__dirname, '../../..');
const tsconfigText = fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
const tsconfig = JSON.parse(tsconfigText);
const paths = Object.entries(tsconfig.compilerOptions.paths ?? {});

let ts;
let compilerOptions;
const typescript = () => {
  if (!ts) {
    ts = require('typescript');
    compilerOptions = ts.convertCompilerOptionsFromJson(tsconfig.compilerOptions, root).options;
    Object.assign(compilerOptions, {
      module: ts.ModuleKind.CommonJS,
      sourceMap: false,
      inlineSourceMap: true,
      inlineSources: false,
      declaration: false,
      noEmit: false,
    });
  }
  return ts;
};

const typescriptVersion = require('typescript/package.json').version;
const cacheDir = path.join(os.tmpdir(), `ledger-ts-register-${typescriptVersion}`);
fs.mkdirSync(cacheDir, { recursive: true });

function transpile(source, filename) {
  const key = crypto.createHash('sha256').update(tsconfigText).update('\0').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const output = typescript().transpileModule(source, { compilerOptions, fileName: filename }).outputText;
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, output);
    fs.renameSync(tmp, cached);
    return output;
  }
}

require.extensions['.ts'] = function compileTs(module, filename) {
  module._compile(transpile(fs.readFileSync(filename, 'utf8'), filename), filename);
};

function aliasOf(request) {
  for (const [pattern, [target]] of paths) {
    if (pattern.endsWith('/*')) {
      const prefix = pattern.slice(0, -1);
      if (request.startsWith(prefix)) return path.join(root, target.slice(0, -1) + request.slice(prefix.length));
    } else if (request === pattern) {
      return path.join(root, target);
    }
  }
  return undefined;
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWithPaths(request, ...rest) {
  const aliased = request.startsWith('@ledger/') ? aliasOf(request) : undefined;
  return resolveFilename.call(this, aliased ?? request, ...rest);
};
