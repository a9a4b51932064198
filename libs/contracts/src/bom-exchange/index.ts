// Event schemas of the bom-exchange context (versioned). Exported through libs/contracts/src/index.ts.
