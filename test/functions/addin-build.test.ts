/**
 * Builds both add-ins with webpack (production, offline, into a temp folder) and checks what the
 * hosts will load: the Excel metadata (ids, zh-CN override, optional/repeating parameters), the
 * production manifest (no localhost, every resid resolves, one shared-runtime resid), the WPS
 * files (manifest <Functions>, ribbon callbacks, functions.json) — and runs both bundles against
 * fake hosts so that a function cannot exist on one host and not on the other.
 */
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import { FUNCTIONS, FUNCTION_NAMESPACE } from "../../src/functions/functions";
import { functions as zhMessages } from "../../src/catalog/messages/zh-CN/functions";
import { functions as enMessages } from "../../src/catalog/messages/en/functions";
import { installCustomFunctionsStub, StubCustomFunctionsError } from "../stubs/custom-functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runWebpack } = require("../../scripts/run-webpack");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require("../../webpack.config.js");

const PROD_URL = "https://addin.example.test/ys/";
const ROOT = path.resolve(__dirname, "..", "..");
const IDS = FUNCTIONS.map((f) => f.id);

interface Param {
  name: string;
  description: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FnMeta {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { dimensionality?: string };
}
interface Metadata {
  functions: FnMeta[];
}

let outDir = "";
const read = (...p: string[]) => fs.readFileSync(path.join(outDir, ...p), "utf8");
const readJson = <T>(...p: string[]): T => JSON.parse(read(...p)) as T;
const zh = zhMessages as Record<string, string>;
const en = enMessages as Record<string, string>;

/** The page's one inline script, early.js (src/apps/pane/early-clicks.ts): it names `bundles`, is small, and fetches nothing itself. */
function inlineEarly(html: string, bundles: string): string {
  const inline = Array.from(html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g), (m) => ({ attrs: m[1], code: m[2] }));
  expect(inline.map((s) => s.attrs)).toEqual([` data-after-paint="${bundles}"`]);
  const code = inline[0].code;
  expect(code.length).toBeGreaterThan(100);
  expect(code.length).toBeLessThan(2_000);
  expect(code).not.toMatch(/https?:\/\/|\bfetch\s*\(|XMLHttpRequest|WebSocket|sourceMappingURL/);
  return code;
}
const cspOf = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? "";
const sha256Source = (code: string) => `'sha256-${crypto.createHash("sha256").update(code, "utf8").digest("base64")}'`;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "ys-addin-"));
  const configs = configFactory({ outDir, addinUrl: PROD_URL }, { mode: "production" });
  await runWebpack(configs);
}, 600_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

// ---- a minimal XML reader: well-formedness and attributes, enough for structural checks ----

interface Tag {
  name: string;
  attrs: Record<string, string>;
}

function xmlTags(xml: string): Tag[] {
  const body = xml.replace(/<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
  const tags: Tag[] = [];
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
  let consumed = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const between = body.slice(consumed, m.index);
    if (between.includes("<")) throw new Error(`malformed markup near: ${between.slice(0, 60)}`);
    consumed = m.index + m[0].length;
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = a[2];
    tags.push({ name, attrs });
    if (!selfClosing) stack.push(name);
  }
  if (stack.length) throw new Error(`unclosed <${stack.join("> <")}>`);
  return tags;
}

function textOf(xml: string, tag: string): string[] {
  return Array.from(xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g")), (m) => m[1].trim());
}

// ---- Excel ----

describe("Excel build", () => {
  test("functions.json: one function per implementation, ids = names, English help from the en table", () => {
    const meta = readJson<Metadata>("excel", "functions.json");
    expect(meta.functions.map((f) => f.id)).toEqual(IDS);
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(f.description).toBe(en[`fn.${f.id}.description`]);
      const entry = FUNCTIONS.find((e) => e.id === f.id)!;
      expect(entry.fn.length).toBe(f.parameters.length);
      for (const p of f.parameters) {
        expect(p.name).toBe(en[`fn.${f.id}.${p.name}.name`]);
        expect(p.description).toBe(en[`fn.${f.id}.${p.name}.description`]);
      }
      const repeating = f.parameters.findIndex((p) => p.repeating);
      expect(repeating === -1 ? undefined : repeating).toBe(entry.repeatingFrom);
    }
  });

  test("functions.json: parameter shapes (optional, repeating, ranges)", () => {
    const meta = readJson<Metadata>("excel", "functions.json");
    const shape = (id: string) =>
      meta.functions
        .find((f) => f.id === id)!
        .parameters.map((p) => `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}${p.repeating ? "..." : ""}`);
    expect(shape("EXECRATE")).toEqual(["actual[]", "budget[]", "adjustment[]?"]);
    expect(shape("YOYCHANGE")).toEqual(["current[]", "previous[]", "form?", "unit?"]);
    expect(shape("CHECKTOTAL")).toEqual(["total", "parts[]..."]);
    expect(shape("SHARE")).toEqual(["part[]", "total[]", "decimals?"]);
    expect(shape("RMBUPPER")).toEqual(["amount[]", "unit?"]);
    expect(shape("TARGETMET")).toEqual(["actual[]", "target[]", "direction?"]);
    expect(shape("TARGETSCORE")).toEqual(["actual[]", "target[]", "points[]", "direction?"]);
    expect(shape("CODENAME")).toEqual(["code[]"]);
    const checktotal = meta.functions.find((f) => f.id === "CHECKTOTAL")!;
    expect(checktotal.result.dimensionality).toBeUndefined();
    expect(meta.functions.find((f) => f.id === "EXECRATE")!.result.dimensionality).toBe("matrix");
  });

  test("functions-zh-cn.json: same ids and names, zh-CN descriptions and parameter names", () => {
    const base = readJson<Metadata>("excel", "functions.json");
    const meta = readJson<Metadata>("excel", "functions-zh-cn.json");
    expect(meta.functions.map((f) => f.id)).toEqual(IDS);
    meta.functions.forEach((f, i) => {
      expect(f.name).toBe(f.id);
      expect(f.description).toBe(zh[`fn.${f.id}.description`]);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      expect(f.parameters.length).toBe(base.functions[i].parameters.length);
      f.parameters.forEach((p, j) => {
        const key = `fn.${f.id}.${base.functions[i].parameters[j].name}`;
        expect(p.name).toBe(zh[key + ".name"]);
        expect(p.description).toBe(zh[key + ".description"]);
        expect({ ...p, name: "", description: "" }).toEqual({ ...base.functions[i].parameters[j], name: "", description: "" });
      });
    });
    const exec = meta.functions.find((f) => f.id === "EXECRATE")!;
    expect(exec.parameters.map((p) => p.name)).toEqual(["执行数", "预算数", "调整数"]);
    const check = meta.functions.find((f) => f.id === "CHECKTOTAL")!;
    expect(check.parameters.map((p) => p.name)).toEqual(["合计", "明细"]);
  });

  test("production manifest: no localhost, https everywhere, files exist", () => {
    const xml = read("excel", "manifest.xml");
    expect(xml).not.toMatch(/localhost/i);
    const urls = Array.from(xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g), (m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) {
      expect(u.startsWith(PROD_URL)).toBe(true);
      expect(fs.existsSync(path.join(outDir, "excel", u.slice(PROD_URL.length)))).toBe(true);
    }
  });

  test("manifest: every resid resolves; Runtime, Page and FunctionFile share one resid", () => {
    for (const xml of [read("excel", "manifest.xml"), fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")]) {
      const tags = xmlTags(xml);
      const defined = new Map<string, string>();
      for (const t of tags) {
        if (["bt:Image", "bt:Url", "bt:String"].includes(t.name) && t.attrs.id) {
          expect(defined.has(t.attrs.id)).toBe(false);
          defined.set(t.attrs.id, t.attrs.DefaultValue);
        }
      }
      const used = tags.filter((t) => t.attrs.resid).map((t) => t.attrs.resid);
      expect(used.length).toBeGreaterThan(10);
      for (const r of used) expect(defined.has(r)).toBe(true);

      const runtime = tags.filter((t) => t.name === "Runtime");
      expect(runtime).toHaveLength(1);
      expect(runtime[0].attrs.lifetime).toBe("long");
      const shared = runtime[0].attrs.resid;
      expect(tags.find((t) => t.name === "FunctionFile")!.attrs.resid).toBe(shared);
      const pageAt = xml.indexOf("<Page>");
      const pageSource = xmlTags(xml.slice(pageAt, xml.indexOf("</Page>") + 7)).find((t) => t.name === "SourceLocation")!;
      expect(pageSource.attrs.resid).toBe(shared);
      expect(defined.get(shared)).toMatch(/taskpane\.html$/);
      expect(tags.some((t) => t.name === "Set" && t.attrs.Name === "SharedRuntime")).toBe(true);

      const ns = tags.find((t) => t.name === "Namespace")!.attrs.resid;
      expect(defined.get(ns)).toBe(FUNCTION_NAMESPACE);
      const metaUrl = tags.find((t) => t.name === "bt:Url" && t.attrs.id === "Functions.Metadata.Url")!;
      expect(metaUrl.attrs.DefaultValue).toMatch(/\/functions\.json$/);
      const override = xml.match(/<bt:Url id="Functions\.Metadata\.Url"[^>]*>\s*<bt:Override Locale="zh-CN" Value="([^"]+)"/);
      expect(override?.[1]).toMatch(/\/functions-zh-cn\.json$/);
      expect(defined.get("Functions.Script.Url")).toMatch(/\/functions\.js$/);
    }
  });

  test("taskpane.html loads office.js from the Office CDN only, then the local functions and task-pane bundles", () => {
    const html = read("excel", "taskpane.html");
    const scripts = Array.from(html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g), (m) => m[1]);
    // office.js is the head's first script, as Office requires; early.js is inline after it (by its hash in the page's policy).
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(html.indexOf(`src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"`)).toBeLessThan(html.indexOf("<script data-after-paint"));
    expect(fs.existsSync(path.join(outDir, "excel", "taskpane.js"))).toBe(true);
    // The first screen is rendered at build time: the 检查 button is in the page before any script runs.
    expect(html).toMatch(/<div id="?app"? data-prerendered><div [^>]*class="fui-FluentProvider/);
    expect(html).toMatch(/<button [^>]*id="?check"?[^>]*>检查[^<]*<\/button>/);
    expect(html).toMatch(/<style data-make-styles-bucket="?r"?/);
    // The first frame waits for that button (no blank or partial frames before it).
    expect(html).toContain(`<link rel="expect" href="#check" blocking="render">`);
    // early.js (which keeps an early click) runs at once and loads both bundles, in order, once the parsed page is painted; they are preloaded meanwhile.
    const early = inlineEarly(html, "functions.js taskpane.js");
    expect(Array.from(html.matchAll(/<link rel="preload" href="([^"]+)" as="script">/g), (m) => m[1])).toEqual(["functions.js", "taskpane.js"]);
    expect(cspOf(html)).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com 'sha256-[^']+';/);
    expect(cspOf(html)).toContain(sha256Source(early));
    const remote = Array.from(html.matchAll(/https?:\/\/[^\s"'<>;]+/g), (m) => m[0]);
    for (const u of remote) expect(u.startsWith("https://appsforoffice.microsoft.com")).toBe(true);
    // The functions are listed on the pane's 函数 tab (test/apps/web/pane.test.ts), not in the page.
  });

  test("icons are valid PNGs", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(outDir, "excel", "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });

  test("the bundle associates every function, and they run with Excel's error objects", () => {
    const sandbox: Record<string, unknown> = { console };
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    const cf = installCustomFunctionsStub(sandbox);
    vm.runInNewContext(read("excel", "functions.js"), sandbox);
    expect(Array.from(cf.associated.keys())).toEqual(IDS);
    const exec = cf.associated.get("EXECRATE")!;
    expect((exec([[630.97]], [[4108]]) as number[][])[0][0]).toBeCloseTo(0.1536, 4);
    try {
      exec([[1]], [[""]]);
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(StubCustomFunctionsError);
      expect((e as StubCustomFunctionsError).code).toBe("#DIV/0!");
    }
    expect(cf.associated.get("CHECKTOTAL")!(534.8, [[[34.9]], [[474.9]], [[25]]])).toBe(true);
    expect(cf.associated.get("YOYCHANGE")!([[534.8]], [[460.99]], "文字")).toEqual([["增加73.81万元，增长16.01%"]]);
  });
});

// ---- WPS ----

describe("WPS build", () => {
  test("manifest.xml declares the functions with the same namespace", () => {
    const xml = read("wps", "manifest.xml");
    xmlTags(xml);
    expect(textOf(xml, "Namespace")).toEqual([FUNCTION_NAMESPACE]);
    expect(textOf(xml, "Uri")).toEqual(["/functions.json"]);
  });

  test("functions.json (WPS format) lists the same functions with zh-CN help", () => {
    const meta = readJson<{ functions: Array<{ name: string; description: string; parameters: Param[]; result: { type: string } }> }>(
      "wps",
      "functions.json",
    );
    expect(meta.functions.map((f) => f.name)).toEqual(IDS);
    for (const f of meta.functions) {
      expect(f.name).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
      expect(f.description).toBe(zh[`fn.${f.name}.description`]);
      for (const p of f.parameters) expect(p.type).toMatch(/^any(\[\]\[\])?\??$/);
    }
    const exec = meta.functions.find((f) => f.name === "EXECRATE")!;
    expect(exec.parameters.map((p) => `${p.name}:${p.type}`)).toEqual(["执行数:any[][]", "预算数:any[][]", "调整数:any[][]?"]);
    expect(exec.result.type).toBe("any[][]");
    const check = meta.functions.find((f) => f.name === "CHECKTOTAL")!;
    expect(check.parameters.map((p) => p.name)).toEqual(["合计", "明细1", "明细2", "明细3", "明细4", "明细5", "明细6", "明细7", "明细8"]);
    expect(check.parameters[1].type).toBe("any[][]");
    expect(check.parameters[2].type).toBe("any[][]?");
    expect(check.result.type).toBe("any");
  });

  test("ribbon.xml starts with <customUI> and every callback exists in main.js", () => {
    const ribbonXml = read("wps", "ribbon.xml");
    expect(ribbonXml.startsWith("<customUI")).toBe(true);
    const tags = xmlTags(ribbonXml);
    const callbacks = new Set<string>();
    for (const t of tags) {
      for (const k of ["onLoad", "onAction", "getLabel", "getImage", "getEnabled", "getVisible"]) {
        if (t.attrs[k]) callbacks.add(t.attrs[k]);
      }
    }
    expect(callbacks.size).toBeGreaterThan(2);

    const registered: Array<{ ns: string; name: string; fn: (...a: unknown[]) => unknown }> = [];
    const panes: string[] = [];
    const sandbox: Record<string, unknown> = {
      console,
      location: { href: "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/ys_0.1.0/index.html" },
      wps: {
        AddCustomFunction: (ns: string, name: string, fn: (...a: unknown[]) => unknown) => void registered.push({ ns, name, fn }),
        CreateTaskPane: (url: string) => {
          panes.push(url);
          return { ID: "p1", Visible: false };
        },
        PluginStorage: { getItem: () => null, setItem: () => undefined },
      },
    };
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    vm.runInNewContext(read("wps", "main.js"), sandbox);

    const ribbon = sandbox.ribbon as Record<string, (...a: unknown[]) => unknown>;
    for (const cb of callbacks) {
      const [obj, fn] = cb.split(".");
      expect(obj).toBe("ribbon");
      expect(typeof ribbon[fn]).toBe("function");
    }
    expect(ribbon.GetLabel({ Id: "ysTab" })).toBe("预算助手");
    expect(ribbon.GetImage({ Id: "ysFunctions" })).toBe("images/functions.svg");
    expect(fs.existsSync(path.join(outDir, "wps", "images", "functions.svg"))).toBe(true);
    ribbon.OnAction({ Id: "ysFunctions" });
    expect(panes).toEqual(["file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/ys_0.1.0/taskpane.html"]);

    // same functions on both hosts
    expect(registered.map((r) => r.name)).toEqual(IDS);
    expect(registered.every((r) => r.ns === FUNCTION_NAMESPACE)).toBe(true);
    const byName = new Map(registered.map((r) => [r.name, r.fn]));
    expect(byName.get("CHECKTOTAL")!(534.8, 34.9, 474.9, 25)).toBe(true);
    expect(byName.get("CHECKTOTAL")!(534.8, 34.9, 474.9, 25.01)).toBe(false);
    expect(byName.get("EXECRATE")!(1, "")).toEqual([["#DIV/0! 预算数为空，无法计算执行率"]]);
    expect(byName.get("RMBUPPER")!(1680.32)).toEqual([["壹仟陆佰捌拾元零叁角贰分"]]);
  });

  test("index.html loads main.js; taskpane.html loads only the task pane's own bundle", () => {
    const index = read("wps", "index.html");
    expect(Array.from(index.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g), (m) => m[1])).toEqual(["main.js"]);
    const pane = read("wps", "taskpane.html");
    expect(Array.from(pane.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g), (m) => m[1])).toEqual([]);
    const early = inlineEarly(pane, "taskpane.js");
    expect(cspOf(pane)).toMatch(/script-src 'self' 'sha256-[^']+';/);
    expect(cspOf(pane)).toContain(sha256Source(early));
    expect(fs.existsSync(path.join(outDir, "wps", "taskpane.js"))).toBe(true);
    expect(pane).toMatch(/<div id="?app"? data-prerendered><div [^>]*class="fui-FluentProvider/);
    expect(pane).toMatch(/<button [^>]*id="?check"?[^>]*>检查[^<]*<\/button>/);
  });
});

describe("the bundles stay off the network", () => {
  // Every script of both builds: the entries and the pane's lazy chunks (the check, the 绩效目标 tab).
  const scriptsOf = (dir: string) => fs.readdirSync(path.join(outDir, dir)).filter((f) => f.endsWith(".js"));
  test("the pane's lazy chunks are built beside taskpane.js", () => {
    for (const dir of ["excel", "wps"]) expect(scriptsOf(dir)).toEqual(expect.arrayContaining(["taskpane.js", "check.js", "goals.js"]));
  });

  test.each([
    ["excel", "functions.js"],
    ["excel", "taskpane.js"],
    ["excel", "check.js"],
    ["excel", "goals.js"],
    ["wps", "main.js"],
    ["wps", "taskpane.js"],
    ["wps", "check.js"],
    ["wps", "goals.js"],
  ])("%s/%s has no URL, fetch, XMLHttpRequest or WebSocket", (dir, file) => {
    // Left aside: XML namespace names (React DOM's SVG/MathML support) and React's error-decoder
    // link, which is only text in an error message. Neither is ever requested.
    const js = read(dir, file)
      .replace(/http:\/\/www\.w3\.org\/[\w/.]+/g, "")
      .replace(/https:\/\/reactjs\.org\/docs\/error-decoder\.html\?invariant=/g, "");
    expect(js).not.toMatch(/https?:\/\//);
    expect(js).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts/);
  });
});
