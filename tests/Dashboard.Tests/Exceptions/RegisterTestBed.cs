using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Dashboard.Overview;
using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Radzen;
using Safeguarding.Analytics.Dashboard.Exceptions;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Figures;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.DuckDb;

namespace Safeguarding.Analytics.Dashboard.Tests.Exceptions;

/// <summary>
/// The register's components on a real SQLite app store in a temporary folder, with the real reference data, audit
/// trail and meeting calendar (the second Tuesday of each month).
/// </summary>
public abstract class RegisterTestBed : BunitContext
{
    internal static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());

    private readonly string _folder = Directory.CreateTempSubdirectory("sga-register-").FullName;

    protected RegisterTestBed()
    {
        Store = new SqliteAppStore($"Data Source={Path.Combine(_folder, "app.db")};Pooling=False");
        Store.MigrateAsync().GetAwaiter().GetResult();
        Store.SeedCatalogueAsync(Reference.Priorities, Reference.Indicators).GetAwaiter().GetResult();
        Services.AddSingleton<IAppStore>(Store);
        Services.AddSingleton(Reference);
        Services.AddSingleton(HomeArea.Of(Reference.Areas, "E06000019")!);
        Services.AddSingleton(new AuditTrail(Store, NullLogger<AuditTrail>.Instance));
        Services.AddSingleton(new QaMeetingCalendar([]));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<ExceptionQa>();
        Services.AddHttpContextAccessor();
        Services.AddScoped<Safeguarding.Analytics.Dashboard.Audit.PageClientAddress>();
        Warehouse = new DuckDbAnalyticStore(new DuckDbAnalyticStoreOptions(Path.Combine(_folder, "warehouse.duckdb")));
        Warehouse.InstallSchemaAsync().GetAwaiter().GetResult();
        Services.AddSingleton<IAnalyticStore>(Warehouse);
        Services.AddSingleton(Reference.Areas);
        Services.AddSingleton<FiguresForReaders>();
        Services.AddScoped<ExceptionEvidenceDisclosure>();
        Services.AddScoped<ExceptionRegister>();
        Services.AddScoped<ExceptionDetail>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
    }

    internal SqliteAppStore Store { get; }

    /// <summary>The warehouse the register's evidence is judged against: empty unless a test loads figures.</summary>
    internal DuckDbAnalyticStore Warehouse { get; }

    internal static BoardPerson Qa { get; } = new("qa.chair", "QA Chair", Domain.Readers.BoardRoles.QaMember, null);

    internal static BoardPerson PoliceLead { get; } = new("police.lead", "Police Lead", Domain.Readers.BoardRoles.AgencyLead, "police");

    internal static BoardPerson HealthLead { get; } = new("health.lead", "Health Lead", Domain.Readers.BoardRoles.AgencyLead, "health");

    /// <summary>Signs the person in for the components' cascading authentication state.</summary>
    internal void SignIn(BoardPerson person)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(person.UserName);
        authorization.SetRoles(person.Role);
        authorization.SetClaims([.. BoardPerson.ClaimsOf(person.UserName, person.DisplayName, person.Role, person.AgencyId).Where(c => c.Type is not (ClaimTypes.Name or ClaimTypes.Role))]);
    }

    /// <summary>Two exceptions: a high SPC concern on child protection plans and a police data-quality flag.</summary>
    internal async Task<(long Cpp, long Police)> RaiseTwoAsync()
    {
        await Store.ReconcileExceptionsAsync(
            "E06000019",
            [
                Finding("cpp_rate_per_10k", ExceptionKinds.SpcConcern, ExceptionSeverities.High, null),
                Finding("", ExceptionKinds.DataQuality, ExceptionSeverities.Medium, "police"),
            ],
            DateTime.UtcNow);
        var flags = await Store.GetExceptionsAsync(new ExceptionFilter());
        return (flags.Single(f => f.Finding.Kind == ExceptionKinds.SpcConcern).Id, flags.Single(f => f.Finding.Kind == ExceptionKinds.DataQuality).Id);
    }

    private static ExceptionFinding Finding(string indicator, string kind, string severity, string? agency) => new()
    {
        Kind = kind,
        IndicatorId = indicator,
        AreaCode = "E06000019",
        PeriodKey = "2025-26 Q2",
        AgencyId = agency,
        Severity = severity,
        Method = "XmR chart (Making Data Count)",
        Summary = kind == ExceptionKinds.DataQuality ? "Police return scored 62% on data quality." : "<b>Plans</b> rose above the upper limit.",
        EvidenceJson = "{\"value\":91.7,\"upperLimit\":40.1,\"rule\":\"outside_limits\",\"points\":[1,2]}",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Warehouse.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
