// Event schemas of the orders context (versioned). Exported through libs/contracts/src/index.ts.
