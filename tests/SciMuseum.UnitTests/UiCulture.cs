using System.Globalization;

namespace SciMuseum.UnitTests;

/// <summary>Sets the thread's cultures for one test and puts them back, so no test depends on the machine's locale.</summary>
public sealed class UiCulture : IDisposable
{
    private readonly CultureInfo savedUi = CultureInfo.CurrentUICulture;
    private readonly CultureInfo saved = CultureInfo.CurrentCulture;

    private UiCulture(string ui, string formatting)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(ui);
        CultureInfo.CurrentCulture = new CultureInfo(formatting);
    }

    public static UiCulture Use(string ui, string? formatting = null) => new(ui, formatting ?? ui);

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = savedUi;
        CultureInfo.CurrentCulture = saved;
    }
}
