using CollectiveAlignment.Cli;

return await CalignApp.Build().Parse(args).InvokeAsync();
