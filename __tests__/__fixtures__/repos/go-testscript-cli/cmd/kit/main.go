package main

import (
	"os"

	"github.com/example/kit/internal/cli"
)

func main() { os.Exit(cli.Main()) }
