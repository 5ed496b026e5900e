# The web app the notes' Dockerfile runs: `flask run` finds it through ENV FLASK_APP=inv.py.
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "Hello from a container!\n"
