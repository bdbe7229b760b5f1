/** Shapes shared by the code catalogue data files and its API (src/catalog/codes.ts). */

export type CodeSystem = "function" | "economic-department" | "economic-government";

/** 1 = 类 (3 digits), 2 = 款 (5 digits), 3 = 项 or local item (7 digits). */
export type CodeLevel = 1 | 2 | 3;

/** One code as written in the data files; codes.ts adds the system and the level. */
export interface CodeData {
  code: string;
  /** Name as in seed S001 where S001 has it, otherwise as in the cited source. */
  name: string;
  /** Other wordings accepted for the same code (regional variants, older names). */
  aliases?: readonly string[];
  /** Not a current code (e.g. 30104); using it is reported. */
  obsolete?: boolean;
  /** A local (provincial/county) 7-digit item, not part of the national list. */
  local?: boolean;
  /**
   * The code is backed by a source but its name is not (docs/domain.md §6 marks it “名称未核对”). Such a name is
   * never used to blame a row: no "name differs" warning, no "that is another code's name" error.
   */
  nameUncertain?: boolean;
  /** Names the code had in earlier years: accepted in tables of `until` or before (read from the title). */
  formerNames?: readonly { name: string; until: number }[];
}

export interface CodeEntry extends CodeData {
  system: CodeSystem;
  level: CodeLevel;
}
