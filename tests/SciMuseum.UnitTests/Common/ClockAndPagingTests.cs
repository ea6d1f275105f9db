using SciMuseum.Core.Common;

namespace SciMuseum.UnitTests.Common;

public sealed class ClockAndPagingTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Theory]
    [InlineData("2020-12-31T15:59:59Z", "2020-12-31")]
    [InlineData("2020-12-31T16:00:00Z", "2021-01-01")]   // midnight in Asia/Shanghai (UTC+8)
    [InlineData("2021-01-01T00:00:00Z", "2021-01-01")]
    public void Today_is_the_date_in_the_museums_time_zone(string utc, string today) =>
        Assert.Equal(DateOnly.Parse(today), MuseumClock.Today(new FixedClock(DateTimeOffset.Parse(utc))));

    [Fact]
    public void An_instant_is_shown_in_museum_time() =>
        Assert.Equal("2021-01-01 00:30:00", MuseumClock.Format(new DateTime(2020, 12, 31, 16, 30, 0, DateTimeKind.Utc)));

    [Theory]
    [InlineData(null, null, 1, 20)]
    [InlineData(0, 0, 1, 1)]
    [InlineData(-3, -1, 1, 1)]
    [InlineData(4, 50, 4, 50)]
    [InlineData(2, 100_000, 2, Paging.MaxPageSize)]
    public void Paging_keeps_page_and_size_within_bounds(int? page, int? size, int expectedPage, int expectedSize) =>
        Assert.Equal((expectedPage, expectedSize), Paging.Normalize(page, size));
}
