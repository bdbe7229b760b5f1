/**
 * The reader fed by a helper that inflates the sheet parts (sml/inflate-feed.ts): the same snapshot
 * and the same errors as the single-thread read, whatever the helper does (answers, dies half-way,
 * fails on a part, lies about a part's size). The helper here is the real server on the other end
 * of a MessageChannel, so its buffers really are transferred and given back.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { MessageChannel } from "worker_threads";
import { SAMPLE_FILE } from "../../../scripts/fixtures/sample";
import { SELF_EVALUATION_FILE } from "../../../scripts/fixtures/self-evaluation-sample";
import { FeedClient, type FeedRequest } from "../../../src/adapters/xlsx/sml/inflate-feed";
import { inflateWithZlib } from "../../../src/adapters/xlsx/sml/inflate-node";
import { DEFAULT_LIMITS } from "../../../src/adapters/xlsx/sml/limits";
import { readXlsxFast, readXlsxFed, type FastReadOptions } from "../../../src/adapters/xlsx/sml/read";
import { readZipDirectory, entryData } from "../../../src/adapters/xlsx/sml/zip";
import { WorkbookLoadError } from "../../../src/adapters/xlsx/errors";
import { snapshotFromXlsx } from "../../../src/adapters/xlsx/xlsx-snapshot";
import { channel } from "./feed-channel";
import { handXlsx } from "./parts";
import { randomWorkbook } from "./random-workbooks";

const ROOT = path.join(__dirname, "..", "..", "..");

async function expectSameFed(bytes: Uint8Array, ch = channel(), options = { inflate: inflateWithZlib }): Promise<void> {
  try {
    const single = readXlsxFast(bytes, "f.xlsx", options);
    const fed = await readXlsxFed(bytes, "f.xlsx", options, { totalBytes: 0 }, ch.client);
    expect(JSON.stringify(fed)).toBe(JSON.stringify(single));
    expect(fed).toEqual(single);
  } finally {
    ch.close();
  }
}

/** `count` sheets of `rows` rows each, the second sheet's part damaged when asked. */
function sheets(count: number, rows: number, damageSecond = false): Uint8Array {
  const body = (k: number) => `<sheetData>${Array.from({ length: rows }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${k * 1000 + r}</v></c><c r="B${r + 1}" t="inlineStr"><is><t>行${r}</t></is></c></row>`).join("")}</sheetData>`;
  const bytes = handXlsx({ sheets: Array.from({ length: count }, (_, k) => ({ name: `表${k + 1}`, body: body(k + 1) })) });
  if (damageSecond) {
    const e = readZipDirectory(bytes).find((x) => x.name === "xl/worksheets/sheet2.xml")!;
    entryData(bytes, e).fill(0xff, 2, 40);
  }
  return bytes;
}

/** The error one thread reading `bytes` stops with (undefined when it reads them). */
function singleReadError(bytes: Uint8Array, name: string, options: FastReadOptions = { inflate: inflateWithZlib }): WorkbookLoadError | undefined {
  try {
    readXlsxFast(bytes, name, options);
  } catch (e) {
    return e as WorkbookLoadError;
  }
  return undefined;
}

describe("a read fed by the inflating helper", () => {
  it.each([SAMPLE_FILE, SELF_EVALUATION_FILE, "test/fixtures/files/libreoffice-calc.xlsx", "test/fixtures/files/strict-ooxml.xlsx"])("%s: the same snapshot", async (file) => {
    await expectSameFed(readFileSync(path.join(ROOT, file)));
  });

  it("60 random workbooks: the same snapshots", async () => {
    for (let seed = 1; seed <= 60; seed++) await expectSameFed(await randomWorkbook(seed));
  }, 60000);

  it("a workbook of many batches: the reader says how far it is and gives every buffer back", async () => {
    const ch = channel();
    const ended = new Promise<void>((resolve) => {
      const poll = () => (ch.requests.some((r) => "end" in r) ? resolve() : setTimeout(poll, 5));
      poll();
    });
    const bytes = sheets(40, 1500);
    expect(await readXlsxFed(bytes, "f.xlsx", { inflate: inflateWithZlib }, { totalBytes: 0 }, ch.client)).toEqual(readXlsxFast(bytes, "f.xlsx", { inflate: inflateWithZlib }));
    await ended;
    ch.close();
    const acks = ch.requests.filter((r) => "ack" in r);
    expect(acks.length).toBeGreaterThan(3);
    // every buffer it sent came back (with the acks or at the end)
    const back = ch.requests.reduce((n, r) => n + ("buffers" in r ? r.buffers.length : 0), 0);
    expect(back).toBeGreaterThan(3);
    const last = ch.requests[ch.requests.length - 1];
    expect("end" in last && last.end).toBe(1);
  });

  it("a helper that dies half-way: the reader inflates the rest itself", async () => {
    let replies = 0;
    const ch = channel((r) => {
      replies += 1;
      if (replies === 2) {
        ch.client.fail();
        return null;
      }
      return r;
    });
    await expectSameFed(sheets(40, 1500), ch);
    expect(replies).toBeGreaterThanOrEqual(2);
  });

  it("parts the helper could not inflate, or sent at another size, are inflated by the reader", async () => {
    const ch = channel((r) => ({ ...r, bad: Array.from({ length: r.count }, (_, k) => k).filter((k) => k % 2 === 0) }));
    await expectSameFed(sheets(3, 3000), ch);
  });

  it("a damaged sheet part: the same error as one thread reading", async () => {
    const bytes = sheets(3, 3000, true);
    const single = singleReadError(bytes, "坏.xlsx");
    expect(single).toBeInstanceOf(WorkbookLoadError);
    const ch = channel();
    await expect(readXlsxFed(bytes, "坏.xlsx", { inflate: inflateWithZlib }, { totalBytes: 0 }, ch.client)).rejects.toEqual(single);
    ch.close();
  });

  it("a limit passed in a later sheet: the same message, naming the same sheet", async () => {
    const bytes = sheets(3, 3000);
    const limits = { ...DEFAULT_LIMITS, maxCells: 13000 };
    const single = singleReadError(bytes, "大.xlsx", { inflate: inflateWithZlib, limits });
    expect(single?.message).toContain("表3");
    const ch = channel();
    await expect(readXlsxFed(bytes, "大.xlsx", { inflate: inflateWithZlib, limits }, { totalBytes: 0 }, ch.client)).rejects.toEqual(single);
    ch.close();
  });

  it("the helper starts on the sheets before the shared strings are read, and stops when they fail", async () => {
    const bytes = handXlsx({ strings: ["<si><t>合计</t></si>"], sheets: [{ name: "表", body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>` }] });
    entryData(bytes, readZipDirectory(bytes).find((x) => x.name === "xl/sharedStrings.xml")!).fill(0xff, 2, 20);
    const single = singleReadError(bytes, "坏.xlsx");
    expect(single).toBeInstanceOf(WorkbookLoadError);
    const sent: FeedRequest[] = [];
    const client = new FeedClient((r) => sent.push(r), 0);
    await expect(readXlsxFed(bytes, "坏.xlsx", { inflate: inflateWithZlib }, { totalBytes: 0 }, client)).rejects.toEqual(single);
    expect(sent.map((r) => ("begin" in r ? "begin" : "end" in r ? "end" : "ack"))).toEqual(["begin", "end"]);
  });

  it("a small workbook is read alone: nothing is sent to the helper", async () => {
    const { port1 } = new MessageChannel();
    const sent: FeedRequest[] = [];
    const client = new FeedClient((r) => sent.push(r));
    const bytes = readFileSync(path.join(ROOT, SAMPLE_FILE));
    await expect(snapshotFromXlsx(bytes, "s.xlsx", { inflate: inflateWithZlib, feeder: client })).resolves.toEqual(readXlsxFast(bytes, "s.xlsx", { inflate: inflateWithZlib }));
    expect(sent).toEqual([]);
    port1.close();
  });
});
