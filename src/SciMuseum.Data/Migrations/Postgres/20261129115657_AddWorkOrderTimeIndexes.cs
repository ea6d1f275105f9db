using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SciMuseum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddWorkOrderTimeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderTransitions_From",
                table: "WorkOrderTransitions",
                column: "From");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderTransitions_To",
                table: "WorkOrderTransitions",
                column: "To");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_DoneAt",
                table: "WorkOrders",
                column: "DoneAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrderTransitions_From",
                table: "WorkOrderTransitions");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrderTransitions_To",
                table: "WorkOrderTransitions");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_DoneAt",
                table: "WorkOrders");
        }
    }
}
