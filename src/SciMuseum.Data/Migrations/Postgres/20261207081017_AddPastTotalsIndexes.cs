using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddPastTotalsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Receipts_PastTotals",
                table: "Receipts",
                columns: new[] { "LineId", "Date" },
                filter: "\"IsPastTotal\"");

            migrationBuilder.CreateIndex(
                name: "IX_Expenditures_PastTotals",
                table: "Expenditures",
                columns: new[] { "LineId", "Date" },
                filter: "\"IsPastTotal\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Receipts_PastTotals",
                table: "Receipts");

            migrationBuilder.DropIndex(
                name: "IX_Expenditures_PastTotals",
                table: "Expenditures");
        }
    }
}
