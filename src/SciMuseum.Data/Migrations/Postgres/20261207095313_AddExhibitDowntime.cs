using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddExhibitDowntime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExhibitDowntimes",
                columns: table => new
                {
                    ExhibitId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromDay = table.Column<int>(type: "integer", nullable: false),
                    MuseumId = table.Column<Guid>(type: "uuid", nullable: false),
                    HallId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToDay = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitDowntimes", x => new { x.ExhibitId, x.FromDay });
                    table.ForeignKey(
                        name: "FK_ExhibitDowntimes_Exhibits_ExhibitId",
                        column: x => x.ExhibitId,
                        principalTable: "Exhibits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepairMonths",
                columns: table => new
                {
                    MuseumId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Jobs = table.Column<int>(type: "integer", nullable: false),
                    Seconds = table.Column<double>(type: "double precision", nullable: false),
                    PartsSeconds = table.Column<double>(type: "double precision", nullable: false),
                    ProcurementSeconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepairMonths", x => new { x.MuseumId, x.Year, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitDowntimes_MuseumId_FromDay_ToDay_HallId",
                table: "ExhibitDowntimes",
                columns: new[] { "MuseumId", "FromDay", "ToDay", "HallId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExhibitDowntimes");

            migrationBuilder.DropTable(
                name: "RepairMonths");
        }
    }
}
