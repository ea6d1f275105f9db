using SciMuseum.Core.Finance;

namespace SciMuseum.UnitTests.Finance;

public sealed class LedgerBalanceTests
{
    private static SortedDictionary<DateOnly, decimal> Ledger(params (string Date, decimal Amount)[] entries)
    {
        var net = new SortedDictionary<DateOnly, decimal>();
        foreach (var (date, amount) in entries) LedgerBalance.Move(net, DateOnly.Parse(date), amount);
        return net;
    }

    [Fact]
    public void Nothing_is_available_before_the_first_receipt()
    {
        var net = Ledger(("2020-03-01", 5_000m));
        Assert.Equal(0m, LedgerBalance.Available(net, new DateOnly(2020, 2, 28)));
        Assert.Equal(5_000m, LedgerBalance.Available(net, new DateOnly(2020, 3, 1)));
    }

    [Fact]
    public void A_day_counts_its_receipts_before_its_payments()
    {
        var net = Ledger(("2020-04-01", 1_000m), ("2020-04-01", -400m));
        Assert.Equal(600m, LedgerBalance.Available(net, new DateOnly(2020, 4, 1)));
    }

    [Fact]
    public void An_earlier_day_offers_only_what_later_payments_leave()
    {
        var net = Ledger(("2020-03-01", 1_000m), ("2020-07-01", 1_000m), ("2020-08-01", -1_500m));
        Assert.Equal(500m, LedgerBalance.Available(net, new DateOnly(2020, 5, 1)));
        Assert.Equal(500m, LedgerBalance.Available(net, new DateOnly(2020, 7, 15)));
        Assert.Equal(500m, LedgerBalance.Available(net, new DateOnly(2020, 12, 31)));
        Assert.Equal(0m, LedgerBalance.Available(net, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void An_empty_ledger_has_nothing_to_spend() =>
        Assert.Equal(0m, LedgerBalance.Available(new SortedDictionary<DateOnly, decimal>(), new DateOnly(2020, 6, 1)));
}
