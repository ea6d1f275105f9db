using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SciMuseum.IntegrationTests.Infrastructure;

namespace SciMuseum.IntegrationTests.Finance;

public abstract class VoucherAndStatedFigureTests(SciMuseumApp app)
{
    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    [Fact]
    public async Task A_pdf_voucher_is_kept_and_served_back_but_an_executable_or_a_6_MB_file_is_refused()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 1_000m);
        var paid = await (await books.PayAsync(books.Finance, 100m)).JsonAsync(HttpStatusCode.Created);
        var url = $"/api/v1/finance/expenditures/{paid.GetProperty("id").GetGuid()}/attachments";

        byte[] pdf = [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[2000]];
        var attached = await (await books.Finance.PostAsync(url, Upload(pdf, "凭证.pdf"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("application/pdf", attached.GetProperty("contentType").GetString());
        var back = await books.Finance.GetByteArrayAsync($"/api/v1/finance/attachments/{attached.GetProperty("id").GetGuid()}");
        Assert.Equal(pdf, back);

        byte[] exe = [0x4D, 0x5A, .. new byte[100]];
        var refused = await (await books.Finance.PostAsync(url, Upload(exe, "voucher.pdf"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(refused.ErrorsFor("file"));
        await (await books.Finance.PostAsync(url, Upload(new byte[6 * 1024 * 1024], "big.pdf"))).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(1, (await books.Finance.GetJsonAsync(url)).GetArrayLength());
    }

    [Fact]
    public async Task A_stated_figure_is_reconciled_against_the_computed_one_at_its_own_precision()
    {
        var books = await FinanceBooks.OpenAsync(app, received: 12_345m);
        async Task<bool> DisagreesAsync(decimal stated, int decimals)
        {
            await (await books.Finance.PostAsJsonAsync("/api/v1/finance/stated-figures", new
            {
                year = 2020, key = "line.P01.received", label = "运行经费 实收", value = stated, unit = "Wan", decimals, source = "财政局批复表",
            })).JsonAsync(HttpStatusCode.Created);
            var rows = (await books.Finance.GetJsonAsync("/api/v1/finance/reconciliation?year=2020")).EnumerateArray().ToList();
            return rows[^1].GetProperty("disagrees").GetBoolean();
        }
        Assert.False(await DisagreesAsync(1.23m, 2));  // 1.2345 万元 shown with 2 decimals
        Assert.False(await DisagreesAsync(1.2m, 1));
        Assert.True(await DisagreesAsync(1.24m, 2));

        var bad = await (await books.Finance.PostAsJsonAsync("/api/v1/finance/stated-figures",
            new { year = 2020, key = "line P01;drop", label = "", value = 1m, unit = "Wan" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.ErrorsFor("key"));
        Assert.NotEmpty(bad.ErrorsFor("label"));
    }
}

[Collection("sqlite")]
public sealed class VoucherAndStatedFigureOnSqlite(SqliteApp app) : VoucherAndStatedFigureTests(app);

[Collection("postgres")]
public sealed class VoucherAndStatedFigureOnPostgres(PostgresApp app) : VoucherAndStatedFigureTests(app);
