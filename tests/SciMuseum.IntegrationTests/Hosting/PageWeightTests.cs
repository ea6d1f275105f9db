using System.IO.Compression;
using System.Net;
using System.Text;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Hosting;

/// <summary>Public pages are read on phones: Chinese goes out as UTF-8 text, and compressed when the browser asks.</summary>
public abstract class PageWeightTests(SciMuseumApp app)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task The_booking_page_answers_compressed_with_Chinese_as_UTF8_text(string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/visit/book");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        var response = await app.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        var html = Decode(compressed, encoding);
        Assert.Contains("预约", html);
        Assert.DoesNotContain("&#x9884;", html); // 预 as a character reference
        Assert.True(compressed.Length * 2 < Encoding.UTF8.GetByteCount(html), $"{compressed.Length} compressed bytes for {html.Length} characters");
    }

    [Fact]
    public async Task Without_Accept_Encoding_the_page_is_plain_UTF8()
    {
        var response = await app.Anonymous().GetAsync("/visit/book");
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("预约", await response.Content.ReadAsStringAsync());
    }

    private static string Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

[Collection("sqlite")]
public sealed class PageWeightOnSqlite(SqliteApp app) : PageWeightTests(app);

[Collection("postgres")]
public sealed class PageWeightOnPostgres(PostgresApp app) : PageWeightTests(app);
