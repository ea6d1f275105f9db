using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSurveyTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SurveyTallies",
                columns: table => new
                {
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Option = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyTallies", x => new { x.MuseumId, x.Area, x.Year, x.Month, x.QuestionId, x.Option });
                    table.ForeignKey(
                        name: "FK_SurveyTallies_SurveyQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SurveyQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_Comments",
                table: "SurveyAnswers",
                column: "ResponseId",
                filter: "\"Text\" <> ''");

            // Count the answers already given (the tallies are derived: every response from now on is counted as it is written).
            migrationBuilder.Sql("INSERT INTO \"SurveyTallies\" (\"MuseumId\", \"Area\", \"Year\", \"Month\", \"QuestionId\", \"Option\", \"Count\") SELECT r.\"MuseumId\", r.\"Area\", CAST(strftime('%Y', r.\"Date\") AS INTEGER), CAST(strftime('%m', r.\"Date\") AS INTEGER), a.\"QuestionId\", a.\"Value\", COUNT(*) FROM \"SurveyAnswers\" a JOIN \"SurveyResponses\" r ON r.\"Id\" = a.\"ResponseId\" WHERE a.\"Value\" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6");
            migrationBuilder.Sql("INSERT INTO \"SurveyTallies\" (\"MuseumId\", \"Area\", \"Year\", \"Month\", \"QuestionId\", \"Option\", \"Count\") SELECT r.\"MuseumId\", r.\"Area\", CAST(strftime('%Y', r.\"Date\") AS INTEGER), CAST(strftime('%m', r.\"Date\") AS INTEGER), a.\"QuestionId\", -1, COUNT(*) FROM \"SurveyAnswers\" a JOIN \"SurveyResponses\" r ON r.\"Id\" = a.\"ResponseId\" WHERE json_array_length(a.\"Choices\") > 0 GROUP BY 1, 2, 3, 4, 5");
            migrationBuilder.Sql("INSERT INTO \"SurveyTallies\" (\"MuseumId\", \"Area\", \"Year\", \"Month\", \"QuestionId\", \"Option\", \"Count\") SELECT r.\"MuseumId\", r.\"Area\", CAST(strftime('%Y', r.\"Date\") AS INTEGER), CAST(strftime('%m', r.\"Date\") AS INTEGER), a.\"QuestionId\", c.value, COUNT(*) FROM \"SurveyAnswers\" a JOIN \"SurveyResponses\" r ON r.\"Id\" = a.\"ResponseId\", json_each(a.\"Choices\") c GROUP BY 1, 2, 3, 4, 5, 6");


            migrationBuilder.CreateIndex(
                name: "IX_SurveyTallies_QuestionId",
                table: "SurveyTallies",
                column: "QuestionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyTallies");

            migrationBuilder.DropIndex(
                name: "IX_SurveyAnswers_Comments",
                table: "SurveyAnswers");
        }
    }
}
