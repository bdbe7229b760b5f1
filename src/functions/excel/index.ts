/**
 * Excel entry of the custom functions (bundled as functions.js and loaded by the shared-runtime
 * page). custom-functions-metadata-plugin appends the `CustomFunctions.associate(id, fn)` calls to
 * ../functions.ts when webpack bundles it; this file only installs the Excel presenter first.
 * Functions never write to cells and never touch the network.
 */
import { setPresenter } from "../host-seam";
import { excelPresenter } from "./presenter";

setPresenter(excelPresenter);

export { FUNCTIONS, FUNCTION_NAMESPACE } from "../functions";
