using System.Text;
using CollectiveAlignment.Data.Errors;
using CollectiveAlignment.Sortition;

namespace CollectiveAlignment.Web.Features.Recruitment;

/// <summary>Reads an uploaded CSV file with the Sortition library, turning its line-numbered errors into invalid input.</summary>
public static class CsvInput
{
    /// <summary>Runs <paramref name="read"/>; a malformed file becomes an <see cref="InvalidInputException"/> naming the line.</summary>
    public static T Read<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (SortitionCsvException ex)
        {
            throw Invalid(ex);
        }
    }

    /// <summary>The request body as text, for endpoints that take a CSV file.</summary>
    public static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }

    /// <summary>The invalid-input error for a line of an uploaded file.</summary>
    public static InvalidInputException Invalid(SortitionCsvException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new InvalidInputException(error.Message, error) { Line = error.Line };
    }
}
