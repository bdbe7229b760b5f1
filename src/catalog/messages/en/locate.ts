import type { locate as zh } from "../zh-CN/locate";

export const locate: Record<keyof typeof zh, string> = {
  "locate.cell": "This cell should be {expected}, it is {actual}, difference {difference}. Correcting this one cell makes {count} failed identities ({totals}) hold, and no other identity changes{transposed}{pair}",
  "locate.transposed": "; probably two neighbouring digits swapped ({expected} typed as {actual})",
  "locate.pair": " (wrong together with {other})",
  "locate.versus": " and ",
  "locate.tables": "This cell disagrees with the same figure in other tables: it should be {expected}, it is {actual}, difference {difference}; this table balances on its own, so check the details added up with it as well{transposed}{pair}",
  "locate.tie": "One of {cells} is wrong: {options}. Either correction makes {count} failed identities ({totals}) hold; which one cannot be told, check the source figures",
  "locate.tieTables": "One of {cells} is wrong: each table balances on its own but they disagree ({options}); which table cannot be told, check the source figures",
  "locate.option": "{cells} should be {values}",
  "locate.or": "; or ",
  "locate.and": ", ",
};
