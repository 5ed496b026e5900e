# The wasted-space experiment, fixed: the file is written, used and deleted in one RUN,
# so no layer ever holds it.
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
RUN head -c 8388608 /dev/urandom > /download.bin \
    && wc -c /download.bin > /download-size.txt \
    && rm /download.bin
CMD ["/bin/cat", "/download-size.txt"]
