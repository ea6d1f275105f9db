using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMatchRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContestMatchResults_EntryId_Round",
                table: "ContestMatchResults");

            migrationBuilder.AddColumn<int>(
                name: "Rounds",
                table: "ContestCategories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3); // events set up before rounds were stored played three (as the 2020 demo does)

            migrationBuilder.CreateIndex(
                name: "IX_ContestMatchResults_EntryId_Round",
                table: "ContestMatchResults",
                columns: new[] { "EntryId", "Round" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContestMatchResults_EntryId_Round",
                table: "ContestMatchResults");

            migrationBuilder.DropColumn(
                name: "Rounds",
                table: "ContestCategories");

            migrationBuilder.CreateIndex(
                name: "IX_ContestMatchResults_EntryId_Round",
                table: "ContestMatchResults",
                columns: new[] { "EntryId", "Round" });
        }
    }
}
