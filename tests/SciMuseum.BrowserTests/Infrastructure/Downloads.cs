using System.IO.Compression;
using Microsoft.Playwright;

namespace SciMuseum.BrowserTests.Infrastructure;

/// <summary>Excel exports as a user gets them: click the page's button, save the download, read the workbook's text.</summary>
public static class Downloads
{
    /// <summary>The file name the browser proposes and the text of every XML part under xl/ (cells, shared strings).</summary>
    public static async Task<(string FileName, string Text)> XlsxAsync(IPage page, ILocator button)
    {
        // Prerendered first: retry the click until the circuit answers it with a download.
        IDownload? download = null;
        for (var i = 0; i < 20 && download is null; i++)
        {
            try
            {
                download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync(), new() { Timeout = 1_500 });
            }
            catch (TimeoutException)
            {
            }
        }
        Assert.NotNull(download);
        var file = Path.Combine(Path.GetTempPath(), $"scimuseum-download-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            using var zip = ZipFile.OpenRead(file);
            var text = "";
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                text += await reader.ReadToEndAsync();
            }
            return (download.SuggestedFilename, text);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
