import streamlit as st; st.write('events')
