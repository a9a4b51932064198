// Event schemas of the quotes context (versioned). Exported through libs/contracts/src/index.ts.
