using SciMuseum.Data;
using SciMuseum.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSciMuseumLogging();
// Serve Ant Design's CSS/JS from build output in every environment, not only Development (see DESIGN.md pitfalls).
builder.WebHost.UseStaticWebAssets();
builder.Services.AddSciMuseumData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSciMuseumWeb(builder.Configuration);

var app = builder.Build();
await app.InitializeDatabaseAsync();
// Migrations and the model's first build leave ~100 MB of garbage behind: give it back before serving (issue 19: RSS).
GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
app.UseSciMuseumPipeline();
app.MapSciMuseumEndpoints();
app.Run();

/// <summary>Entry point; public so tests can host it.</summary>
public partial class Program;
