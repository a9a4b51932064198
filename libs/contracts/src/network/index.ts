// Event schemas of the network context (versioned). Exported through libs/contracts/src/index.ts.
