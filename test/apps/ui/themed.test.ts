import { uiTheme } from "../../../src/apps/ui/themed";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FONT } = require("../../../scripts/web/styles");

describe("the UI theme's fonts", () => {
  it("are the document's Chinese-first list, so Fluent's components do not fall back per character", () => {
    expect(uiTheme.fontFamilyBase).toBe(FONT);
    expect(FONT).toMatch(/"Microsoft YaHei UI".*"PingFang SC".*"Noto Sans CJK SC"/);
  });
});
