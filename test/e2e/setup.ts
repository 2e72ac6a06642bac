// Browser journeys click through many screens on a 2-core machine: each step may take a while.
jest.setTimeout(120_000)
