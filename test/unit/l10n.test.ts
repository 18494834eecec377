import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/analysis/analyse';
import { RULES } from '../../server/src/analysis/rules';

const root = path.resolve(__dirname, '..', '..', '..');
const json = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as Record<string, unknown>;
const han = /[\u4e00-\u9fff]/;

describe('every user-facing string exists in English and Chinese', () => {
  it('package.nls.json and package.nls.zh-cn.json hold the same keys, the Chinese ones in Chinese', () => {
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const [k, v] of Object.entries(zh)) assert.match(String(v), han, `${k} is not translated`);
  });

  it('every %key% that package.json uses is defined', () => {
    const pkg = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const en = json('package.nls.json');
    for (const m of pkg.matchAll(/"%([^%"]+)%"/g)) assert.ok(m[1] in en, `missing nls key ${m[1]}`);
  });

  it('every runtime string of the client has its Chinese translation', () => {
    const zh = json('client/l10n/bundle.l10n.zh-cn.json');
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else for (const m of fs.readFileSync(p, 'utf8').matchAll(/l10n\.t\('([^']+)'/g)) used.add(m[1]);
      }
    };
    walk(path.join(root, 'client', 'src'));
    assert.ok(used.size > 5);
    for (const s of used) assert.ok(s in zh, `untranslated: ${s}`);
    for (const k of Object.keys(zh)) assert.ok(used.has(k), `translation no longer used: ${k}`);
  });

  it('every rule has a description in both languages and a severity setting', () => {
    const pkg = json('package.json') as { contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } } };
    const severity = pkg.contributes.configuration.properties['articleProofreader.severity'].properties ?? {};
    for (const r of RULES) {
      assert.ok(r.id in severity, `no severity setting for ${r.id}`);
      assert.match(r.description.zh, han);
    }
  });

  it('every finding on the samples has its message in both languages', () => {
    const dir = path.join(root, 'test', 'fixtures', 'articles');
    for (const f of fs.readdirSync(dir)) {
      for (const x of analyse(fs.readFileSync(path.join(dir, f), 'utf8')).findings) {
        assert.ok(x.message.en.length > 0 && han.test(x.message.zh), `${x.rule} in ${f}`);
      }
    }
  });
});
