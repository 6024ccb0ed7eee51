using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Selection;
using CollectiveAlignment.Web.Features.Recruitment.Setup;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CollectiveAlignment.Data;
using CollectiveAlignment.Data.Audit;
using CollectiveAlignment.Data.Recruitment;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using SortitionCategory = CollectiveAlignment.Sortition.Category;
using SortitionValue = CollectiveAlignment.Sortition.CategoryValue;

namespace CollectiveAlignment.Web.Features.Recruitment;

/// <summary>
/// Recruitment for one process: set-up by researchers (categories, quotas, consent, CSV import and export) and the
/// participants' sign-up and withdrawal. Every change is audited. Failures a person can fix throw
/// <see cref="RecruitmentException"/> with a message for them.
/// </summary>
public sealed partial class RecruitmentService(AppDbContext db, AuditLog audit, TimeProvider time, JobRunScheduler scheduler)
{
    /// <summary>The largest panel the portal accepts; beyond it LEXIMIN's run time is not known to be reasonable.</summary>
    public const int MaxPanelSize = 1000;

    /// <summary>The optional people-file column with each person's contact address (as the Sortition Foundation's tool keeps it).</summary>
    public const string EmailColumn = "email";

    /// <summary>The optional people-file column with each person's household or address key.</summary>
    public const string HouseholdColumn = "household";

    /// <summary>Every process, newest first.</summary>
    public Task<List<Process>> ListAsync(CancellationToken ct = default) =>
        db.Processes.AsNoTracking().OrderByDescending(p => p.CreatedAt).ToListAsync(ct);

    /// <summary>A process with its categories, values and consent texts in order; null if the slug is unknown.</summary>
    public async Task<Process?> FindAsync(string slug, CancellationToken ct = default)
    {
        var process = await db.Processes
            .Include(p => p.Categories).ThenInclude(c => c.Values)
            .Include(p => p.ConsentTexts)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (process is not null)
        {
            process.Categories.Sort((a, b) => a.Position.CompareTo(b.Position));
            foreach (var category in process.Categories)
            {
                category.Values.Sort((a, b) => a.Position.CompareTo(b.Position));
            }

            process.ConsentTexts.Sort((a, b) => a.Version.CompareTo(b.Version));
        }

        return process;
    }

    /// <summary>Creates a process in draft.</summary>
    public async Task<Process> CreateAsync(string actor, ProcessInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var slug = (input.Slug ?? "").Trim().ToLowerInvariant();
        if (!SlugPattern().IsMatch(slug))
        {
            throw new RecruitmentException("The address must be 3 to 64 lower-case letters, digits or hyphens, starting with a letter or digit.");
        }

        if (string.IsNullOrWhiteSpace(input.Topic))
        {
            throw new RecruitmentException("Give the process a topic.");
        }

        if (input.PanelSize is < 1 or > MaxPanelSize)
        {
            throw new RecruitmentException($"The panel size must be between 1 and {MaxPanelSize}.");
        }

        if (await db.Processes.AnyAsync(p => p.Slug == slug, ct))
        {
            throw new RecruitmentException($"The address '{slug}' is already used by another process.");
        }

        var process = new Process
        {
            Id = Guid.NewGuid(),
            Slug = slug,
            Topic = input.Topic.Trim(),
            Status = ProcessStatus.Draft,
            PanelSize = input.PanelSize,
            Algorithm = input.Algorithm.ToString(),
            // Unpredictable unless the researcher announces their own (e.g. tomorrow's lottery numbers).
            PublicSeed = string.IsNullOrWhiteSpace(input.PublicSeed) ? RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString(CultureInfo.InvariantCulture) : input.PublicSeed.Trim(),
            CreatedBy = actor,
            CreatedAt = time.GetUtcNow(),
        };
        db.Processes.Add(process);
        await audit.AppendAsync(actor, "recruitment.process.created", process.Id.ToString(), new { slug, process.PanelSize, process.Algorithm, process.PublicSeed }, ct);
        return process;
    }

    /// <summary>Replaces the categories with those of a categories CSV file (Sortition Foundation format).</summary>
    /// <exception cref="SortitionCsvException">The file is malformed; the message names the line.</exception>
    public async Task<int> ImportCategoriesAsync(string actor, string slug, string csv, CancellationToken ct = default)
    {
        var process = await RequireOpenAsync(slug, ct);
        var categories = CategoriesCsv.Read(new StringReader(csv ?? ""));
        if (await db.Volunteers.AnyAsync(v => v.ProcessId == process.Id && v.Status != VolunteerStatus.Withdrawn, ct))
        {
            // Existing screening answers refer to the current values; replacing them would orphan the pool.
            throw new RecruitmentException("The pool already has volunteers, whose answers refer to the current categories. Categories can only be replaced while the pool is empty.");
        }

        // One save (the audit append's) deletes the old categories and inserts the new: EF Core orders the deletes first
        // where unique names collide, and a failure leaves the old categories in place.
        db.RecruitmentCategories.RemoveRange(process.Categories);
        process.Categories.Clear();
        for (var c = 0; c < categories.Count; c++)
        {
            var category = new RecruitmentCategory { Id = Guid.NewGuid(), ProcessId = process.Id, Name = categories[c].Name, Position = c };
            for (var v = 0; v < categories[c].Values.Count; v++)
            {
                var value = categories[c].Values[v];
                category.Values.Add(new RecruitmentCategoryValue
                {
                    Id = Guid.NewGuid(),
                    CategoryId = category.Id,
                    Name = value.Name,
                    Position = v,
                    PopulationShare = value.PopulationShare,
                    Min = value.Min,
                    Max = value.Max,
                    MinFlex = value.MinFlex,
                    MaxFlex = value.MaxFlex,
                });
            }

            db.RecruitmentCategories.Add(category);
        }

        await audit.AppendAsync(actor, "recruitment.categories.imported", process.Id.ToString(), new { categories = categories.Count, values = categories.Sum(c => c.Values.Count) }, ct);
        return categories.Count;
    }

    /// <summary>The categories as a categories CSV file, with population shares.</summary>
    public static string ExportCategories(Process process)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        CategoriesCsv.Write(writer, ToSortition(process));
        return writer.ToString();
    }

    /// <summary>Sets each value's quota from its population share and the panel size (<see cref="QuotaDerivation"/>).</summary>
    public async Task DeriveQuotasAsync(string actor, string slug, int slack, CancellationToken ct = default)
    {
        var process = await RequireOpenAsync(slug, ct);
        if (process.Categories.Count == 0)
        {
            throw new RecruitmentException("There are no categories to derive quotas for.");
        }

        if (slack < 0)
        {
            throw new RecruitmentException("The slack cannot be negative.");
        }

        var derived = QuotaDerivation.FromShares(ToSortition(process), process.PanelSize, slack);
        for (var c = 0; c < derived.Count; c++)
        {
            for (var v = 0; v < derived[c].Values.Count; v++)
            {
                process.Categories[c].Values[v].Min = derived[c].Values[v].Min;
                process.Categories[c].Values[v].Max = derived[c].Values[v].Max;
            }
        }

        await audit.AppendAsync(actor, "recruitment.quotas.derived", process.Id.ToString(), new { process.PanelSize, slack }, ct);
    }

    /// <summary>Sets one value's share and quota by hand.</summary>
    public async Task SetQuotaAsync(string actor, string slug, Guid valueId, double? share, int min, int max, CancellationToken ct = default)
    {
        var process = await RequireOpenAsync(slug, ct);
        var value = process.Categories.SelectMany(c => c.Values).SingleOrDefault(v => v.Id == valueId)
            ?? throw new RecruitmentException("That value is not one of this process's categories.");
        if (min < 0 || max < min || max > process.PanelSize)
        {
            throw new RecruitmentException($"'{value.Name}': the quota needs 0 ≤ min ≤ max ≤ panel size ({process.PanelSize}).");
        }

        if (share is < 0 or > 1)
        {
            throw new RecruitmentException($"'{value.Name}': the population share must be between 0 and 1.");
        }

        (value.PopulationShare, value.Min, value.Max) = (share, min, max);
        await audit.AppendAsync(actor, "recruitment.quota.set", process.Id.ToString(), new { value = value.Name, share, min, max }, ct);
    }

    /// <summary>Publishes a new consent text version (earlier versions stay, as volunteers accepted them).</summary>
    public async Task<ConsentText> PublishConsentAsync(string actor, string slug, ConsentInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var process = await RequireOpenAsync(slug, ct);
        if (new[] { input.Body, input.Collected, input.Purpose, input.Retention, input.Withdrawal }.Any(string.IsNullOrWhiteSpace))
        {
            throw new RecruitmentException("A consent text must say what is collected, why, how long it is kept and how to withdraw, and have a body.");
        }

        var text = new ConsentText
        {
            Id = Guid.NewGuid(),
            ProcessId = process.Id,
            Version = process.ConsentTexts.Count == 0 ? 1 : process.ConsentTexts.Max(t => t.Version) + 1,
            Body = input.Body.Trim(),
            Collected = input.Collected.Trim(),
            Purpose = input.Purpose.Trim(),
            Retention = input.Retention.Trim(),
            Withdrawal = input.Withdrawal.Trim(),
            PublishedAt = time.GetUtcNow(),
        };
        db.ConsentTexts.Add(text);
        await audit.AppendAsync(actor, "recruitment.consent.published", process.Id.ToString(), new { text.Version }, ct);
        return text;
    }

    /// <summary>Opens sign-up: needs categories with values and a consent text.</summary>
    public async Task OpenRecruitmentAsync(string actor, string slug, CancellationToken ct = default)
    {
        var process = await RequireOpenAsync(slug, ct);
        if (process.Categories.Count == 0 || process.Categories.Any(c => c.Values.Count == 0))
        {
            throw new RecruitmentException("Define the categories (each with at least one value) before opening recruitment.");
        }

        if (process.ConsentTexts.Count == 0)
        {
            throw new RecruitmentException("Publish a consent text before opening recruitment.");
        }

        process.Status = ProcessStatus.Recruiting;
        await audit.AppendAsync(actor, "recruitment.opened", process.Id.ToString(), null, ct);
    }

    /// <summary>
    /// Adds the people of a people CSV file (Sortition Foundation format: an id column, then one per category) to the
    /// pool. Optional columns, matched case-insensitively: <c>email</c> (the address invitations go to; an empty cell
    /// means the person cannot be invited) and <c>household</c> (the household/address key of the one-per-household
    /// rule, stored only as a hash). Nothing is imported unless every line is valid.
    /// </summary>
    /// <exception cref="SortitionCsvException">The file is malformed or has an invalid address; the message names the line.</exception>
    public async Task<int> ImportPoolAsync(string actor, string slug, string csv, CancellationToken ct = default)
    {
        var process = await RequireOpenAsync(slug, ct);
        if (process.Categories.Count == 0)
        {
            throw new RecruitmentException("Import or define the categories before the pool: the people file's columns must match them.");
        }

        var rows = PeopleCsv.ReadRows(new StringReader(csv ?? ""), ToSortition(process), extraColumns: [EmailColumn, HouseholdColumn]);
        foreach (var row in rows)
        {
            if (row.Extra.TryGetValue(EmailColumn, out var address) && address.Length > 0 && ContactAddresses.Problem(address) is { } problem)
            {
                throw new SortitionCsvException(row.Line, $"'{row.Person.Id}' has the e-mail address '{address}', which {problem}");
            }
        }

        var people = rows.Select(r => r.Person).ToList();
        var ids = people.Select(p => p.Id).ToList();
        var existing = await db.Volunteers.Where(v => v.ProcessId == process.Id && v.ExternalId != null && ids.Contains(v.ExternalId)).Select(v => v.ExternalId).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            throw new RecruitmentException($"Person '{existing}' is already in the pool; import only people who are not.");
        }

        var now = time.GetUtcNow();
        foreach (var row in rows)
        {
            var person = row.Person;
            var volunteer = new Volunteer
            {
                Id = Guid.NewGuid(),
                ProcessId = process.Id,
                ExternalId = person.Id,
                Email = row.Extra.TryGetValue(EmailColumn, out var email) && email.Length > 0 ? email : null,
                HouseholdKey = row.Extra.TryGetValue(HouseholdColumn, out var household) ? HouseholdKeys.Hash(process.Id, household) : null,
                Status = VolunteerStatus.Pooled,
                JoinedAt = now,
            };
            db.Volunteers.Add(volunteer);
            for (var c = 0; c < process.Categories.Count; c++)
            {
                var category = process.Categories[c];
                var value = category.Values.Single(v => string.Equals(v.Name, person.Features[c], StringComparison.Ordinal));
                db.ScreeningAnswers.Add(new ScreeningAnswer { VolunteerId = volunteer.Id, CategoryId = category.Id, ValueId = value.Id });
            }
        }

        // Counts only: the audit chain cannot be erased, so it never holds contact details.
        var withEmail = rows.Count(r => r.Extra.TryGetValue(EmailColumn, out var e) && e.Length > 0);
        var withHousehold = rows.Count(r => r.Extra.TryGetValue(HouseholdColumn, out var h) && HouseholdKeys.Hash(process.Id, h) is not null);
        await audit.AppendAsync(actor, "recruitment.pool.imported", process.Id.ToString(), new { people = people.Count, withEmail, withHousehold }, ct);
        return people.Count;
    }

    /// <summary>
    /// The pool (withdrawn volunteers excluded) as a people CSV file; the id is the imported id, else the volunteer id.
    /// By default without contact addresses: the file usually goes to selection tools and co-researchers, who need the
    /// categories only. With <paramref name="includeEmail"/> an <c>email</c> column (the imported address, or the
    /// sign-up's account address; empty if none) is added, so that the file can be imported into another portal
    /// instance with its invitations still deliverable; such an export is audited. Household keys are never exported
    /// (they are hashes bound to this process and mean nothing elsewhere).
    /// </summary>
    public async Task<string> ExportPoolAsync(Process process, string actor, bool includeEmail, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(process);
        var pool = await LoadPoolAsync(process, ct);
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var people = pool.Select(p => p.Person with { Id = p.Volunteer.ExternalId ?? p.Volunteer.Id.ToString() }).ToList();
        if (!includeEmail)
        {
            PeopleCsv.Write(writer, ToSortition(process), people);
            return writer.ToString();
        }

        var addresses = await db.Volunteers.AsNoTracking()
            .Where(v => v.ProcessId == process.Id && v.Status != VolunteerStatus.Withdrawn)
            .WithAddresses(db)
            .ToDictionaryAsync(v => v.Id, v => v.Email, ct);
        var emailOf = pool.ToDictionary(p => p.Volunteer.ExternalId ?? p.Volunteer.Id.ToString(), p => addresses.GetValueOrDefault(p.Volunteer.Id) ?? "", StringComparer.Ordinal);
        PeopleCsv.Write(writer, ToSortition(process), people, [EmailColumn], person => [emailOf[person.Id]]);
        await audit.AppendAsync(actor, "recruitment.pool.exported", process.Id.ToString(), new { people = people.Count, withEmail = emailOf.Values.Count(e => e.Length > 0) }, ct);
        return writer.ToString();
    }

    /// <summary>
    /// The active pool with each member's features, in join order. The selection uses volunteer ids (as text) as person ids.
    /// </summary>
    public async Task<IReadOnlyList<(Volunteer Volunteer, Person Person)>> LoadPoolAsync(Process process, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(process);
        var volunteers = await db.Volunteers.AsNoTracking()
            .Where(v => v.ProcessId == process.Id && v.Status != VolunteerStatus.Withdrawn)
            .OrderBy(v => v.JoinedAt).ThenBy(v => v.ExternalId).ThenBy(v => v.Id)
            .ToListAsync(ct);
        var ids = volunteers.Select(v => v.Id).ToList();
        var answers = (await db.ScreeningAnswers.AsNoTracking().Where(a => ids.Contains(a.VolunteerId)).ToListAsync(ct))
            .ToLookup(a => a.VolunteerId);
        var valueNames = process.Categories.SelectMany(c => c.Values).ToDictionary(v => v.Id, v => v.Name);
        var pool = new List<(Volunteer, Person)>(volunteers.Count);
        foreach (var volunteer in volunteers)
        {
            var byCategory = answers[volunteer.Id].ToDictionary(a => a.CategoryId, a => a.ValueId);
            // A volunteer missing an answer (categories added later) cannot be placed in a stratum and is left out.
            if (process.Categories.All(c => byCategory.ContainsKey(c.Id)))
            {
                pool.Add((volunteer, new Person(volunteer.Id.ToString(), process.Categories.Select(c => valueNames[byCategory[c.Id]]).ToList(), volunteer.HouseholdKey)));
            }
        }

        return pool;
    }

    /// <summary>
    /// The pool a new selection run draws from: the active pool without anyone who declined a seat or let an invitation
    /// expire, because drawing them again would seat someone who has already said no (or never answered).
    /// </summary>
    public async Task<IReadOnlyList<(Volunteer Volunteer, Person Person)>> LoadSelectablePoolAsync(Process process, CancellationToken ct = default)
    {
        var pool = await LoadPoolAsync(process, ct);
        var refused = (await db.Invitations.AsNoTracking()
            .Where(i => i.ProcessId == process.Id && (i.Status == InvitationStatus.Declined || i.Status == InvitationStatus.Expired))
            .Select(i => i.VolunteerId).ToListAsync(ct)).ToHashSet();
        return refused.Count == 0 ? pool : pool.Where(p => !refused.Contains(p.Volunteer.Id)).ToList();
    }

    /// <summary>Signs <paramref name="userId"/> up: records consent to the current version and the screening answers, apart.</summary>
    /// <param name="userId">The signed-in account.</param>
    /// <param name="slug">The process.</param>
    /// <param name="consentVersion">The consent version the form showed; must still be the current one.</param>
    /// <param name="answers">Category id to value id, one per category.</param>
    /// <param name="household">The address asked for when the process applies the one-per-household rule; stored only as a hash.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<Volunteer> JoinAsync(string userId, string slug, int consentVersion, IReadOnlyDictionary<Guid, Guid> answers, string? household = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(answers);
        var process = await RequireAsync(slug, ct);
        if (process.Status == ProcessStatus.Closed)
        {
            throw new RecruitmentException("This process is closed: it no longer accepts volunteers.");
        }

        if (process.Status != ProcessStatus.Recruiting)
        {
            throw new RecruitmentException("This process is not recruiting volunteers at the moment.");
        }

        var current = process.ConsentTexts[^1];
        if (consentVersion != current.Version)
        {
            throw new RecruitmentException($"The consent text changed while you were reading it (now version {current.Version}). Please read it again.");
        }

        if (await db.Volunteers.AnyAsync(v => v.ProcessId == process.Id && v.UserId == userId && v.Status != VolunteerStatus.Withdrawn, ct))
        {
            throw new RecruitmentException("You have already volunteered for this process.");
        }

        // Validate every answer before adding anything, so a rejected form leaves nothing pending in the context.
        var unanswered = process.Categories.FirstOrDefault(c => !answers.TryGetValue(c.Id, out var valueId) || c.Values.All(v => v.Id != valueId));
        if (unanswered is not null)
        {
            throw new RecruitmentException($"Please answer '{unanswered.Name}'.");
        }

        var householdKey = HouseholdKeys.Hash(process.Id, household);
        if (process.OnePerHousehold && householdKey is null)
        {
            throw new RecruitmentException("Please give your home address: at most one person per household can sit on this panel.");
        }

        var volunteer = new Volunteer
        {
            Id = Guid.NewGuid(),
            ProcessId = process.Id,
            UserId = userId,
            HouseholdKey = householdKey,
            ConsentVersion = current.Version,
            Status = VolunteerStatus.Pooled,
            JoinedAt = time.GetUtcNow(),
        };
        db.Volunteers.Add(volunteer);
        foreach (var category in process.Categories)
        {
            db.ScreeningAnswers.Add(new ScreeningAnswer { VolunteerId = volunteer.Id, CategoryId = category.Id, ValueId = answers[category.Id] });
        }

        // The audit entry names the volunteer and consent version, never the answers: the chain cannot be erased.
        await audit.AppendAsync(userId, "recruitment.volunteered", volunteer.Id.ToString(), new { process = process.Slug, consentVersion = current.Version }, ct);
        return volunteer;
    }

    /// <summary>Processes open for sign-up, newest first.</summary>
    public Task<List<Process>> ListRecruitingAsync(CancellationToken ct = default) =>
        db.Processes.AsNoTracking().Where(p => p.Status == ProcessStatus.Recruiting).OrderByDescending(p => p.CreatedAt).ToListAsync(ct);

    /// <summary>The user's active sign-ups with their processes, newest first.</summary>
    public async Task<List<(Process Process, Volunteer Volunteer)>> ListSignUpsAsync(string userId, CancellationToken ct = default) =>
        (await db.Volunteers.AsNoTracking()
            .Where(v => v.UserId == userId && v.Status != VolunteerStatus.Withdrawn)
            .Join(db.Processes.AsNoTracking(), v => v.ProcessId, p => p.Id, (v, p) => new { v, p })
            .ToListAsync(ct))
        .OrderByDescending(x => x.v.JoinedAt)
        .Select(x => (x.p, x.v))
        .ToList();

    /// <summary>The user's active sign-up for the process, or null.</summary>
    public async Task<Volunteer?> FindVolunteerAsync(string userId, string slug, CancellationToken ct = default) =>
        await db.Volunteers.AsNoTracking()
            .Where(v => v.UserId == userId && v.Status != VolunteerStatus.Withdrawn)
            .Join(db.Processes.Where(p => p.Slug == slug), v => v.ProcessId, p => p.Id, (v, _) => v)
            .SingleOrDefaultAsync(ct);

    /// <summary>
    /// Withdraws the user: their screening answers, household key and account link are erased; the row stays as an
    /// anonymous tombstone (status and dates only) so pool and withdrawal counts stay consistent. An open or accepted seat
    /// is given up: the invitation counts as declined and a replacement is drawn.
    /// </summary>
    /// <returns>False if the user had no active sign-up.</returns>
    public async Task<bool> WithdrawAsync(string userId, string slug, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var process = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (process is null)
        {
            return false;
        }

        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.ProcessId == process.Id && v.UserId == userId && v.Status != VolunteerStatus.Withdrawn, ct);
        if (volunteer is null)
        {
            return false;
        }

        var (wasSelected, seatGivenUp) = await EraseAsync(volunteer, ct);
        await audit.AppendAsync(userId, "recruitment.withdrawn", volunteer.Id.ToString(), new { process = process.Slug, wasSelected, seatGivenUp, answersErased = true }, ct);
        await QueueReplacementAsync(seatGivenUp, userId, ct);
        return true;
    }

    /// <summary>Pool counts by status, for the research page.</summary>
    public async Task<IReadOnlyDictionary<VolunteerStatus, int>> CountsAsync(Guid processId, CancellationToken ct = default) =>
        (await db.Volunteers.Where(v => v.ProcessId == processId).GroupBy(v => v.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Count);

    /// <summary>
    /// Checks that a selection can run (categories defined, a pool at least as large as the panel, no accepted seat
    /// released unconfirmed) and queues a <see cref="SelectPanelJob"/>. Checked here, not in the job, so the researcher
    /// sees the reason at once instead of a failed run.
    /// </summary>
    /// <param name="actor">The researcher.</param>
    /// <param name="slug">The process.</param>
    /// <param name="releaseAccepted">
    /// Confirms that members who accepted a seat on the panel in use lose it unless the new run draws them again.
    /// Required while anyone has accepted, so accepted members are never dropped by accident.
    /// </param>
    /// <param name="ct">Cancellation.</param>
    public async Task<Data.Jobs.JobRun> StartSelectionAsync(string actor, string slug, bool releaseAccepted = false, CancellationToken ct = default)
    {
        var process = await RequireOpenAsync(slug, ct);
        if (process.Categories.Count == 0 || process.Categories.Any(c => c.Values.Count == 0))
        {
            throw new RecruitmentException("Define the categories (each with at least one value) before selecting a panel.");
        }

        var pool = (await LoadSelectablePoolAsync(process, ct)).Count;
        if (pool < process.PanelSize)
        {
            throw new RecruitmentException($"The pool has {pool} volunteers, fewer than the panel's {process.PanelSize} seats (withdrawn volunteers and those who declined or let an invitation expire are not counted).");
        }

        var accepted = await db.Invitations.CountAsync(i => i.ProcessId == process.Id && i.Status == InvitationStatus.Accepted && i.SupersededAt == null, ct);
        if (accepted > 0 && !releaseAccepted)
        {
            throw new RecruitmentException(accepted == 1
                ? "1 member has accepted a seat on the panel in use. A new run releases every accepted member it does not draw again: confirm releasing them to go ahead."
                : $"{accepted} members have accepted seats on the panel in use. A new run releases every accepted member it does not draw again: confirm releasing them to go ahead.");
        }

        return await scheduler.EnqueueAsync(SelectPanelJob.JobKind, new SelectionRunRequest(process.Id, accepted > 0 && releaseAccepted), actor, ct);
    }

    /// <summary>
    /// Switches the one-per-household rule on or off for the next selection runs. Keys come from the address asked on
    /// the sign-up form and from an imported <c>household</c> column; people without one count as households of one.
    /// </summary>
    public async Task SetHouseholdRuleAsync(string actor, string slug, bool onePerHousehold, CancellationToken ct = default)
    {
        var process = await RequireOpenAsync(slug, ct);
        process.OnePerHousehold = onePerHousehold;
        await audit.AppendAsync(actor, "recruitment.household-rule.set", process.Id.ToString(), new { onePerHousehold }, ct);
    }

    /// <summary>
    /// Closes the process for good: sign-up closes, no selection runs start or take effect, unanswered invitations are
    /// cancelled (their links say so, and an <see cref="InvitationNoticeJob"/> tells their recipients) and no replacements
    /// are drawn. Volunteers, answers, runs and invitations stay for
    /// reports. There is no reopening: cancelled links cannot be revived honestly, so recruiting again is a new process.
    /// </summary>
    /// <returns>The number of unanswered invitations cancelled.</returns>
    public async Task<int> CloseAsync(string actor, string slug, CancellationToken ct = default)
    {
        var process = await RequireOpenAsync(slug, ct);
        var now = time.GetUtcNow();
        var pending = await db.Invitations.Where(i => i.ProcessId == process.Id && i.Status == InvitationStatus.Sent).ToListAsync(ct);
        foreach (var invitation in pending)
        {
            invitation.Status = InvitationStatus.Cancelled;
        }

        var from = process.Status;
        process.Status = ProcessStatus.Closed;
        process.ClosedAt = now;
        // A concurrent replacement draw or selection run then fails its save, re-reads and sees the process closed.
        process.SeatsVersion++;
        await audit.AppendAsync(actor, "recruitment.closed", process.Id.ToString(), new { from = from.ToString(), cancelledInvitations = pending.Count }, ct);
        if (pending.Count > 0)
        {
            await scheduler.EnqueueAsync(InvitationNoticeJob.JobKind, new NoticeRequest(process.Id), actor, ct);
        }

        return pending.Count;
    }

    /// <summary>
    /// Removes an imported person at their request (they have no account to withdraw with): their screening answers,
    /// contact address and household key are erased and any seat is given up, as on withdrawal.
    /// </summary>
    /// <returns>False if the pool has no active person with that imported id.</returns>
    public async Task<bool> RemoveImportedAsync(string actor, string slug, string externalId, CancellationToken ct = default)
    {
        var process = await RequireAsync(slug, ct);
        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.ProcessId == process.Id && v.ExternalId == externalId && v.Status != VolunteerStatus.Withdrawn, ct);
        if (volunteer is null)
        {
            return false;
        }

        var (wasSelected, seatGivenUp) = await EraseAsync(volunteer, ct);
        await audit.AppendAsync(actor, "recruitment.withdrawn", volunteer.Id.ToString(), new { process = process.Slug, wasSelected, seatGivenUp, answersErased = true, onRequestOfImportedPerson = true }, ct);
        await QueueReplacementAsync(seatGivenUp, actor, ct);
        return true;
    }

    /// <summary>
    /// Withdrawal, by the participant or on an imported person's request: gives up any seat, erases the screening
    /// answers, the account link, the contact address and the household key. The volunteer row stays (status
    /// Withdrawn) so aggregate counts remain consistent.
    /// </summary>
    private async Task<(bool WasSelected, Guid? SeatGivenUp)> EraseAsync(Volunteer volunteer, CancellationToken ct)
    {
        var wasSelected = volunteer.Status == VolunteerStatus.Selected;
        var seatGivenUp = await GiveUpSeatAsync(volunteer.Id, ct);
        db.ScreeningAnswers.RemoveRange(await db.ScreeningAnswers.Where(a => a.VolunteerId == volunteer.Id).ToListAsync(ct));
        volunteer.Status = VolunteerStatus.Withdrawn;
        volunteer.UserId = null;
        volunteer.Email = null;
        volunteer.HouseholdKey = null;
        volunteer.WithdrawnAt = time.GetUtcNow();
        return (wasSelected, seatGivenUp);
    }

    /// <summary>
    /// Withdrawing gives up any seat: an open or accepted invitation of the panel in use counts as declined (its link
    /// stops working) and, unless the process is closed, a replacement is drawn for it. Returns the invitation, if any.
    /// </summary>
    private async Task<Guid?> GiveUpSeatAsync(Guid volunteerId, CancellationToken ct)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(
            i => i.VolunteerId == volunteerId && i.SupersededAt == null && (i.Status == InvitationStatus.Sent || i.Status == InvitationStatus.Accepted), ct);
        if (invitation is null)
        {
            return null;
        }

        invitation.Status = InvitationStatus.Declined;
        invitation.RespondedAt = time.GetUtcNow();
        return invitation.Id;
    }

    private async Task QueueReplacementAsync(Guid? invitationId, string actor, CancellationToken ct)
    {
        // Queued after the save: the replacement run must find the invitation declined and the volunteer gone.
        if (invitationId is { } id)
        {
            await scheduler.EnqueueAsync(ReplaceVolunteerJob.JobKind, new ReplaceRequest(id), actor, ct);
        }
    }

    /// <summary>
    /// How the invitations of the panel in use stand: each selected or seated member with the status of their live
    /// invitation, or none, and whether they can be reached (an account or imported e-mail address).
    /// </summary>
    public async Task<IReadOnlyList<PanelMemberInvitation>> PanelInvitationsAsync(Guid processId, CancellationToken ct = default)
    {
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.ProcessId == processId && i.SupersededAt == null && i.Status != InvitationStatus.Cancelled)
            .Select(i => new { i.VolunteerId, i.Status }).ToListAsync(ct);
        var byVolunteer = invitations.ToDictionary(i => i.VolunteerId, i => i.Status);
        var members = await db.Volunteers.AsNoTracking()
            .Where(v => v.ProcessId == processId && v.Status != VolunteerStatus.Withdrawn)
            .WithAddresses(db)
            .ToListAsync(ct);
        return members
            .Where(m => m.Status == VolunteerStatus.Selected || byVolunteer.ContainsKey(m.Id) && byVolunteer[m.Id] is InvitationStatus.Sent or InvitationStatus.Accepted)
            .Select(m => new PanelMemberInvitation(m.Id, m.ExternalId ?? "volunteer " + m.Id.ToString()[..8], byVolunteer.TryGetValue(m.Id, out var status) ? status : null, !string.IsNullOrWhiteSpace(m.Email)))
            .OrderBy(m => m.Label, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The process's selection runs (background run rows), newest first.</summary>
    public Task<List<Data.Jobs.JobRun>> ListSelectionRunsAsync(Guid processId, CancellationToken ct = default)
    {
        var payloads = SelectionRunRequest.PayloadsOf(processId);
        return db.JobRuns.AsNoTracking()
            .Where(r => r.Kind == SelectPanelJob.JobKind && payloads.Contains(r.Payload!))
            .OrderByDescending(r => r.CreatedAt).Take(100).ToListAsync(ct);
    }

    /// <summary>One selection run of the process, decoded for display; null if the process has no such run.</summary>
    public async Task<SelectionRunView?> FindSelectionRunAsync(Guid processId, Guid runId, CancellationToken ct = default)
    {
        var payloads = SelectionRunRequest.PayloadsOf(processId);
        var run = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId && r.Kind == SelectPanelJob.JobKind && payloads.Contains(r.Payload!), ct);
        return run is null ? null : SelectionRunView.From(run, await db.SelectionRuns.AsNoTracking().SingleOrDefaultAsync(s => s.Id == runId, ct));
    }

    /// <summary>The selection run whose panel is in use (the newest that took effect), or null.</summary>
    public async Task<Guid?> PanelRunIdAsync(Guid processId, CancellationToken ct = default) =>
        (await db.SelectionRuns.AsNoTracking().Where(s => s.ProcessId == processId && s.TookEffect).Select(s => new { s.Id, s.CompletedAt }).ToListAsync(ct))
            // Ordered in memory: SQLite cannot order by DateTimeOffset columns in SQL.
            .OrderByDescending(s => s.CompletedAt).Select(s => (Guid?)s.Id).FirstOrDefault();

    /// <summary>Display labels of volunteers: the imported id, else "volunteer" and the first block of the id.</summary>
    public async Task<Dictionary<string, string>> VolunteerLabelsAsync(Guid processId, CancellationToken ct = default) =>
        (await db.Volunteers.AsNoTracking().Where(v => v.ProcessId == processId).Select(v => new { v.Id, v.ExternalId }).ToListAsync(ct))
            .ToDictionary(v => v.Id.ToString(), v => v.ExternalId ?? "volunteer " + v.Id.ToString()[..8], StringComparer.Ordinal);

    /// <summary>The process's categories in the Sortition library's shape.</summary>
    public static IReadOnlyList<SortitionCategory> ToSortition(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return process.Categories
            .Select(c => new SortitionCategory(c.Name, c.Values.Select(v => new SortitionValue(v.Name, v.Min, v.Max, v.MinFlex, v.MaxFlex, v.PopulationShare)).ToList()))
            .ToList();
    }

    private async Task<Process> RequireAsync(string slug, CancellationToken ct) =>
        await FindAsync(slug, ct) ?? throw new RecruitmentException($"There is no process at '{slug}'.");

    private async Task<Process> RequireOpenAsync(string slug, CancellationToken ct)
    {
        var process = await RequireAsync(slug, ct);
        return process.Status == ProcessStatus.Closed
            ? throw new RecruitmentException($"The process '{slug}' was closed on {process.ClosedAt:yyyy-MM-dd}; its data is kept for reports and can no longer change.")
            : process;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
