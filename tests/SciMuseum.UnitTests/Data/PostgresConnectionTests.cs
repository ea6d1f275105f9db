using Npgsql;
using SciMuseum.Data;

namespace SciMuseum.UnitTests.Data;

public sealed class PostgresConnectionTests
{
    [Fact]
    public void A_connection_string_without_a_reset_setting_gets_No_Reset_On_Close_and_keeps_the_rest()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnection.Tuned("Host=db;Port=5433;Username=museum;Password=p;Database=sci"));
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(("db", 5433, "museum", "p", "sci"), (tuned.Host, tuned.Port, tuned.Username, tuned.Password, tuned.Database));
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false")]
    [InlineData("Host=db;NoResetOnClose=false")]
    public void An_operator_s_own_reset_setting_is_kept(string connection) =>
        Assert.False(new NpgsqlConnectionStringBuilder(PostgresConnection.Tuned(connection)).NoResetOnClose);
}
