using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoverContestScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContestScores_EntryId_JudgeId_CriterionId",
                table: "ContestScores");

            migrationBuilder.CreateIndex(
                name: "IX_ContestScores_EntryId_JudgeId_CriterionId_IsDeleted_Points",
                table: "ContestScores",
                columns: new[] { "EntryId", "JudgeId", "CriterionId", "IsDeleted", "Points" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContestScores_EntryId_JudgeId_CriterionId_IsDeleted_Points",
                table: "ContestScores");

            migrationBuilder.CreateIndex(
                name: "IX_ContestScores_EntryId_JudgeId_CriterionId",
                table: "ContestScores",
                columns: new[] { "EntryId", "JudgeId", "CriterionId" });
        }
    }
}
