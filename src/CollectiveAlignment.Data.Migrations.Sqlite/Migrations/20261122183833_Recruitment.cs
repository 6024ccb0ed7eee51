using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollectiveAlignment.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Recruitment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PanelSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PublicSeed = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OnePerHousehold = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Processes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentTexts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Collected = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Retention = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Withdrawal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentTexts_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecruitmentCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecruitmentCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecruitmentCategories_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelectionRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PanelSize = table.Column<int>(type: "INTEGER", nullable: false),
                    PoolSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Feasible = table.Column<bool>(type: "INTEGER", nullable: false),
                    PanelJson = table.Column<string>(type: "TEXT", nullable: false),
                    ProbabilitiesJson = table.Column<string>(type: "TEXT", nullable: true),
                    QuotasJson = table.Column<string>(type: "TEXT", nullable: false),
                    InfeasibilityJson = table.Column<string>(type: "TEXT", nullable: true),
                    DistributionJson = table.Column<string>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelectionRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelectionRuns_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ConsentVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Volunteers_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecruitmentCategoryValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PopulationShare = table.Column<double>(type: "REAL", nullable: true),
                    Min = table.Column<int>(type: "INTEGER", nullable: false),
                    Max = table.Column<int>(type: "INTEGER", nullable: false),
                    MinFlex = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxFlex = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecruitmentCategoryValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecruitmentCategoryValues_RecruitmentCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "RecruitmentCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningAnswers",
                columns: table => new
                {
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ValueId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningAnswers", x => new { x.VolunteerId, x.CategoryId });
                    table.ForeignKey(
                        name: "FK_ScreeningAnswers_RecruitmentCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "RecruitmentCategories",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ScreeningAnswers_RecruitmentCategoryValues_ValueId",
                        column: x => x.ValueId,
                        principalTable: "RecruitmentCategoryValues",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ScreeningAnswers_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentTexts_ProcessId_Version",
                table: "ConsentTexts",
                columns: new[] { "ProcessId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Processes_Slug",
                table: "Processes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecruitmentCategories_ProcessId_Name",
                table: "RecruitmentCategories",
                columns: new[] { "ProcessId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecruitmentCategoryValues_CategoryId_Name",
                table: "RecruitmentCategoryValues",
                columns: new[] { "CategoryId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningAnswers_CategoryId",
                table: "ScreeningAnswers",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningAnswers_ValueId",
                table: "ScreeningAnswers",
                column: "ValueId");

            migrationBuilder.CreateIndex(
                name: "IX_SelectionRuns_ProcessId",
                table: "SelectionRuns",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_ProcessId_Status",
                table: "Volunteers",
                columns: new[] { "ProcessId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_ProcessId_UserId",
                table: "Volunteers",
                columns: new[] { "ProcessId", "UserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsentTexts");

            migrationBuilder.DropTable(
                name: "ScreeningAnswers");

            migrationBuilder.DropTable(
                name: "SelectionRuns");

            migrationBuilder.DropTable(
                name: "RecruitmentCategoryValues");

            migrationBuilder.DropTable(
                name: "Volunteers");

            migrationBuilder.DropTable(
                name: "RecruitmentCategories");

            migrationBuilder.DropTable(
                name: "Processes");
        }
    }
}
