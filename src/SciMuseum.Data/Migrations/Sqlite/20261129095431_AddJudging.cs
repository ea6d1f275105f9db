using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddJudging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccessCodeHash",
                table: "ContestJudges",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "IdentityKey",
                table: "ContestJudges",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Phase",
                table: "ContestCategories",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReopenReason",
                table: "ContestCategories",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SignedOffAt",
                table: "ContestCategories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedOffBy",
                table: "ContestCategories",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContestJudgeRecusals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JudgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestJudgeRecusals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestJudgeRecusals_ContestEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ContestEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestJudgeRecusals_ContestJudges_JudgeId",
                        column: x => x.JudgeId,
                        principalTable: "ContestJudges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContestJudgeRecusals_ContestUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "ContestUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContestJudgeRelatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JudgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    School = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContestJudgeRelatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContestJudgeRelatives_ContestJudges_JudgeId",
                        column: x => x.JudgeId,
                        principalTable: "ContestJudges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_AccessCodeHash",
                table: "ContestJudges",
                column: "AccessCodeHash");

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudges_ContestId_IdentityKey",
                table: "ContestJudges",
                columns: new[] { "ContestId", "IdentityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudgeRecusals_EntryId",
                table: "ContestJudgeRecusals",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudgeRecusals_JudgeId",
                table: "ContestJudgeRecusals",
                column: "JudgeId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudgeRecusals_UnitId",
                table: "ContestJudgeRecusals",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ContestJudgeRelatives_JudgeId",
                table: "ContestJudgeRelatives",
                column: "JudgeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContestJudgeRecusals");

            migrationBuilder.DropTable(
                name: "ContestJudgeRelatives");

            migrationBuilder.DropIndex(
                name: "IX_ContestJudges_AccessCodeHash",
                table: "ContestJudges");

            migrationBuilder.DropIndex(
                name: "IX_ContestJudges_ContestId_IdentityKey",
                table: "ContestJudges");

            migrationBuilder.DropColumn(
                name: "AccessCodeHash",
                table: "ContestJudges");

            migrationBuilder.DropColumn(
                name: "IdentityKey",
                table: "ContestJudges");

            migrationBuilder.DropColumn(
                name: "Phase",
                table: "ContestCategories");

            migrationBuilder.DropColumn(
                name: "ReopenReason",
                table: "ContestCategories");

            migrationBuilder.DropColumn(
                name: "SignedOffAt",
                table: "ContestCategories");

            migrationBuilder.DropColumn(
                name: "SignedOffBy",
                table: "ContestCategories");
        }
    }
}
