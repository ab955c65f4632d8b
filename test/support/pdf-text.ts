import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text of each page of a PDF, read by pdf-parse (Mozilla's PDF.js) — a real PDF
 * reader: if it can open the file and find the words, so can a person's viewer.
 *
 * It runs in a plain Node process of its own: PDF.js is an ES module that loads its
 * worker by dynamic import, which Jest's module sandbox refuses.
 */
export async function pdfPages(pdf: Buffer): Promise<{ pages: string[]; info: Record<string, unknown> }> {
  const dir = await mkdtemp(join(tmpdir(), 'pack-pdf-'));
  try {
    const file = join(dir, 'pack.pdf');
    await writeFile(file, pdf);
    const script = `
      const { PDFParse } = require('pdf-parse');
      const data = new Uint8Array(require('node:fs').readFileSync(process.argv[1]));
      (async () => {
        const parser = new PDFParse({ data });
        const text = await parser.getText();
        const info = await parser.getInfo();
        await parser.destroy();
        process.stdout.write(JSON.stringify({ pages: text.pages.map((p) => p.text), info: info.info }));
      })().catch((e) => { console.error(e); process.exit(1); });`;
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['-e', script, file], { cwd: join(__dirname, '../..'), maxBuffer: 64 * 1024 * 1024 }, (error, out, err) =>
        error ? reject(new Error(`pdf-parse failed: ${err || error.message}`)) : resolve(out),
      ),
    );
    return JSON.parse(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
