using System.Threading.RateLimiting;
using CollectiveAlignment.Web.Infrastructure.Settings;

namespace CollectiveAlignment.Web.Infrastructure.Security;

/// <summary>
/// Throttles form posts to the account pages (sign-in, registration, password reset, two-factor) per client address,
/// against password guessing and sign-up floods. Everything else is not limited here.
/// </summary>
public static class AccountRateLimiting
{
    private static readonly string[] LimitedPaths =
    [
        "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Register",
        "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/ResendEmailConfirmation",
    ];

    /// <summary>Adds the limiter; rejected requests get 429 with problem details and a Retry-After header.</summary>
    public static IServiceCollection AddAccountRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddValidatedOptions<RateLimitOptions>(RateLimitOptions.SectionName);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method) || !IsLimitedPath(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter("account:" + client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.AccountPostsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many attempts",
                        Detail = "Too many account requests from this address. Wait a minute and try again.",
                    },
                });
            };
        });
        return services;
    }

    private static bool IsLimitedPath(PathString path) =>
        LimitedPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));
}
