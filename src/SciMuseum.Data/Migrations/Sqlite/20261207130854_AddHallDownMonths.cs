using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddHallDownMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HallDownMonths",
                columns: table => new
                {
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Spanning = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HallDownMonths", x => new { x.MuseumId, x.HallId, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitDowntimes_FromDay_ToDay_HallId",
                table: "ExhibitDowntimes",
                columns: new[] { "FromDay", "ToDay", "HallId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitDowntimes_ToDay_FromDay_HallId",
                table: "ExhibitDowntimes",
                columns: new[] { "ToDay", "FromDay", "HallId" });

            migrationBuilder.CreateIndex(
                name: "IX_HallDownMonths_Month_HallId_Days_Spanning",
                table: "HallDownMonths",
                columns: new[] { "Month", "HallId", "Days", "Spanning" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HallDownMonths");

            migrationBuilder.DropIndex(
                name: "IX_ExhibitDowntimes_FromDay_ToDay_HallId",
                table: "ExhibitDowntimes");

            migrationBuilder.DropIndex(
                name: "IX_ExhibitDowntimes_ToDay_FromDay_HallId",
                table: "ExhibitDowntimes");
        }
    }
}
