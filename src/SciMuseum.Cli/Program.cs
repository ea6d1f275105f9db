using System.CommandLine;
using SciMuseum.Cli;

// scimuseum: set-up and operations from a shell. Exit codes: 0 done, 1 failed, 2 wrong usage.
var root = new RootCommand("SciMuseum 科技馆信息与绩效评价系统 — command-line tool.\n"
    + "Uses the same database settings as the web app: Database__Provider (Sqlite|Postgres) and ConnectionStrings__SciMuseum,\n"
    + "or --provider / --connection. Without them: SQLite in ./data/scimuseum.db.")
{
    Options.Provider,
    Options.Connection,
    DbCommands.Build(),
    SeedCommand.Build(),
    UsersCommands.Build(),
    MuseumsCommands.Build(),
    ReportCommand.Build(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("Try: scimuseum --help");
    return 2;
}
return await parsed.InvokeAsync();
