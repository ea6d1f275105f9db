using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCounseling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CounselingCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CounselorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Risk = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Minor = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinorNameSealed = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AgeSealed = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SchoolSealed = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    GuardianNameSealed = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    GuardianRelationSealed = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    GuardianPhoneSealed = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PresentingProblemSealed = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ReferralSealed = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ClosingSummarySealed = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselingCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselingCases_Museums_MuseumId",
                        column: x => x.MuseumId,
                        principalTable: "Museums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounselingHotlineCalls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Referral = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselingHotlineCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselingHotlineCalls_Museums_MuseumId",
                        column: x => x.MuseumId,
                        principalTable: "Museums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounselingLectureSeries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselingLectureSeries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselingLectureSeries_Museums_MuseumId",
                        column: x => x.MuseumId,
                        principalTable: "Museums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounselingSlots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Booked = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselingSlots", x => x.Id);
                    table.CheckConstraint("CK_CounselingSlot_Booked", "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\"");
                    table.ForeignKey(
                        name: "FK_CounselingSlots_Museums_MuseumId",
                        column: x => x.MuseumId,
                        principalTable: "Museums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounselingVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselingVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselingVisits_Museums_MuseumId",
                        column: x => x.MuseumId,
                        principalTable: "Museums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounselingCaseEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TextSealed = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselingCaseEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselingCaseEntries_CounselingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CounselingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounselingCaseEntries_Museums_MuseumId",
                        column: x => x.MuseumId,
                        principalTable: "Museums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounselingCaseHandOvers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromCounselorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ToCounselorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReasonSealed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselingCaseHandOvers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselingCaseHandOvers_CounselingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CounselingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounselingCaseHandOvers_Museums_MuseumId",
                        column: x => x.MuseumId,
                        principalTable: "Museums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounselingLectures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Speaker = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlaceKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Session = table.Column<int>(type: "INTEGER", nullable: true),
                    Photos = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselingLectures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselingLectures_CounselingLectureSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "CounselingLectureSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounselingLectures_Museums_MuseumId",
                        column: x => x.MuseumId,
                        principalTable: "Museums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounselingBookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MuseumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SlotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselingBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselingBookings_CounselingSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "CounselingSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounselingBookings_Museums_MuseumId",
                        column: x => x.MuseumId,
                        principalTable: "Museums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingBookings_MuseumId_Code",
                table: "CounselingBookings",
                columns: new[] { "MuseumId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounselingBookings_MuseumId_SlotId",
                table: "CounselingBookings",
                columns: new[] { "MuseumId", "SlotId" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingBookings_SlotId",
                table: "CounselingBookings",
                column: "SlotId");

            migrationBuilder.CreateIndex(
                name: "IX_CounselingCaseEntries_CaseId",
                table: "CounselingCaseEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CounselingCaseEntries_MuseumId_CaseId_Date",
                table: "CounselingCaseEntries",
                columns: new[] { "MuseumId", "CaseId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingCaseEntries_MuseumId_Kind_Date",
                table: "CounselingCaseEntries",
                columns: new[] { "MuseumId", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingCaseHandOvers_CaseId",
                table: "CounselingCaseHandOvers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CounselingCaseHandOvers_MuseumId_CaseId",
                table: "CounselingCaseHandOvers",
                columns: new[] { "MuseumId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingCases_MuseumId_CounselorId_Status",
                table: "CounselingCases",
                columns: new[] { "MuseumId", "CounselorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingCases_MuseumId_Number",
                table: "CounselingCases",
                columns: new[] { "MuseumId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounselingHotlineCalls_MuseumId_Date",
                table: "CounselingHotlineCalls",
                columns: new[] { "MuseumId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingLectures_MuseumId_Date",
                table: "CounselingLectures",
                columns: new[] { "MuseumId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingLectures_SeriesId",
                table: "CounselingLectures",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_CounselingLectureSeries_MuseumId",
                table: "CounselingLectureSeries",
                column: "MuseumId");

            migrationBuilder.CreateIndex(
                name: "IX_CounselingSlots_MuseumId_Date_Start",
                table: "CounselingSlots",
                columns: new[] { "MuseumId", "Date", "Start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounselingVisits_MuseumId_Kind_Date",
                table: "CounselingVisits",
                columns: new[] { "MuseumId", "Kind", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CounselingBookings");

            migrationBuilder.DropTable(
                name: "CounselingCaseEntries");

            migrationBuilder.DropTable(
                name: "CounselingCaseHandOvers");

            migrationBuilder.DropTable(
                name: "CounselingHotlineCalls");

            migrationBuilder.DropTable(
                name: "CounselingLectures");

            migrationBuilder.DropTable(
                name: "CounselingVisits");

            migrationBuilder.DropTable(
                name: "CounselingSlots");

            migrationBuilder.DropTable(
                name: "CounselingCases");

            migrationBuilder.DropTable(
                name: "CounselingLectureSeries");
        }
    }
}
