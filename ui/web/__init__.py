"""The Gradio web app of `beleid serve`: one module per tab, each a function over the Service."""
