"""One module per CLI command: add_arguments(parser) and main(args[, settings]) -> exit code.

bot.cli names each command and its help, and imports only the chosen module.
"""
