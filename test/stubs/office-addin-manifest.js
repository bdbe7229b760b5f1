// office-addin-mock requires office-addin-manifest only for its OfficeApp enum; the real
// package pulls an ESM-only dependency that jest on Node 20 cannot load.
module.exports = { OfficeApp: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project" } };
